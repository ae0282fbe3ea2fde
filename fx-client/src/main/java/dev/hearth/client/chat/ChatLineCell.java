package dev.hearth.client.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws one {@link ChatLine}: time, the nick in its colour, wrapped selectable text with clickable
 * links and a Copy menu, the file it carries ({@link FileBlock}), and for our own lines whether
 * they are still on their way or failed (with Edit, Retry and Dismiss). FX thread.
 */
final class ChatLineCell extends ListCell<ChatLine> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EDITED_AT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final ChatText text;
    private final ZoneId zone;
    private final LineActions actions;
    private final TextSelections selections;
    private ChatLine drawn;
    private SelectableText drawnBody;
    /** Stops the drawn line's file block following its transfer; nothing to stop without one. */
    private Runnable drawnFile = () -> { };
    private boolean drawnMarked;
    private final DateTimeFormatter day;
    /** The nodes of a plain line (see {@link #plain}), kept to draw the next one: built once per cell, not per line. */
    private PlainRow plainRow;

    private static final javafx.css.PseudoClass HIT = javafx.css.PseudoClass.getPseudoClass("search-hit");
    private static final javafx.css.PseudoClass CURRENT_HIT = javafx.css.PseudoClass.getPseudoClass("search-current");
    private final ConversationSearch search;

    ChatLineCell(ListView<ChatLine> list, ChatText text, ZoneId zone, LineActions actions, TextSelections selections,
                 ConversationSearch search) {
        this.search = search;
        // Marked in place: redrawing the list would close a menu open on a line and lose a selection.
        search.hitsProperty().addListener(o -> markHits());
        search.currentProperty().addListener(o -> markHits());
        this.text = text;
        this.zone = zone;
        this.actions = actions;
        this.selections = selections;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(text.bundle().getLocale());
        // Cells as wide as the list, so long text wraps instead of scrolling sideways.
        setPrefWidth(0);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        boolean marked = !empty && actions.marksUnread(line);
        if (!empty && line != null && line == drawn && marked == drawnMarked && getGraphic() != null) {
            markHits();
            return; // the same line again (the list refreshes cells on clicks): keep it, and the reader's selection in it
        }
        drawn = empty ? null : line;
        drawnBody = null;
        drawnFile.run();
        drawnFile = () -> { };
        drawnMarked = marked;
        Node graphic = empty || line == null ? null : switch (line) {
            case ChatLine.MessageLine message when !marked && plain(message) -> plainMessage(message);
            case ChatLine.MessageLine message -> message(message);
            case ChatLine.SystemLine system -> system(system);
            case ChatLine.DaySeparator separator -> separator(separator);
        };
        setGraphic(marked ? new VBox(2, unreadDivider(), graphic) : graphic);
        markHits();
    }

    private void markHits() {
        String mid = !isEmpty() && getItem() instanceof ChatLine.MessageLine m ? m.mid() : null;
        boolean hit = mid != null && search.hitsProperty().get().contains(mid);
        pseudoClassStateChanged(HIT, hit);
        pseudoClassStateChanged(CURRENT_HIT, mid != null && mid.equals(search.currentProperty().get()));
        if (drawnBody != null && (hit || drawnBody.marksFound())) {
            drawnBody.markFound(hit ? FoundWords.in(drawnBody.text(), search.termsProperty().get()) : List.of());
        }
    }

    /**
     * A line with nothing but its time, nick and text: nearly every line of a burst or of a
     * conversation paged through. Such a line is drawn in the nodes the cell drew its last one in,
     * unless the reader has text selected there (a new line must not take the selection over).
     */
    private static boolean plain(ChatLine.MessageLine line) {
        return line.delivery() == Delivery.CONFIRMED && !line.deleted() && line.reply() == null
                && line.file() == null && line.changes().edited() == null && line.changes().reactions().isEmpty();
    }

    /** The time, nick and text nodes of a plain line; the menu of its text asks the cell which line it holds now. */
    private record PlainRow(HBox row, Text time, Text nick, SelectableText body) {}

    private Node plainMessage(ChatLine.MessageLine line) {
        if (plainRow == null || plainRow.body().hasSelection()) {
            Text time = new Text();
            time.getStyleClass().add("time");
            Text nick = new Text();
            SelectableText body = new SelectableText(line.text(), selections, actions.openLink());
            withMenu(body, () -> drawn instanceof ChatLine.MessageLine shown ? shown : null);
            plainRow = new PlainRow(row(time, nick, body.node()), time, nick, body);
        } else {
            plainRow.body().show(line.text());
        }
        plainRow.time().setText(TIME.format(line.ts().atZone(zone)));
        plainRow.nick().setText(line.from());
        String colour = NickColors.styleClass(line.from());
        if (plainRow.nick().getStyleClass().size() != 2 || !plainRow.nick().getStyleClass().get(1).equals(colour)) {
            plainRow.nick().getStyleClass().setAll("nick", colour);
        }
        List<String> rowClasses = plainRow.row().getStyleClass();
        if (line.mention() != rowClasses.contains("mention")) {
            if (line.mention()) {
                rowClasses.add("mention");
            } else {
                rowClasses.remove("mention");
            }
        }
        drawnBody = plainRow.body();
        return plainRow.row();
    }

    /** A message's row: its time, its nick, and its text taking the width left. */
    private static HBox row(Text time, Text nick, Node body) {
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(8, time, nick, body);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("message-line");
        return row;
    }

    private Node message(ChatLine.MessageLine line) {
        // Text, not Label: a burst fills the list with new lines, and a Label's skin and control
        // styling were most of what the FX thread spent on each (JFR); a Text never truncates either.
        Text time = new Text(TIME.format(line.ts().atZone(zone)));
        time.getStyleClass().add("time");
        Text nick = new Text(line.from());
        nick.getStyleClass().addAll("nick", NickColors.styleClass(line.from()));
        TextFlow body = body(line);
        if (line.changes().edited() != null) {
            Text edited = new Text(" " + text.format("line.edited"));
            edited.getStyleClass().add("edited-mark");
            body.getChildren().add(edited);
            Tooltip.install(body, new Tooltip(text.format("line.edited.at", EDITED_AT.format(line.changes().edited().atZone(zone)))));
        }
        HBox row = row(time, nick, body);
        if (line.mention()) {
            row.getStyleClass().add("mention");
        }
        if (line.deleted()) {
            row.getStyleClass().add("deleted");
        }
        Node withReplyAndReactions = withReplyAndReactions(row, line);
        return switch (line.delivery()) {
            case PENDING -> {
                row.getStyleClass().add("pending");
                row.getChildren().add(state(text.format("line.pending")));
                yield withReplyAndReactions;
            }
            case FAILED -> failed(row, line);
            case CONFIRMED -> withReplyAndReactions;
        };
    }

    /** The quote of the message a reply answers above the line; its file and the reactions below it. */
    private Node withReplyAndReactions(HBox row, ChatLine.MessageLine line) {
        boolean quote = line.reply() != null;
        boolean reactions = !line.changes().reactions().isEmpty();
        if (!quote && !reactions && line.file() == null) {
            return row;
        }
        VBox all = new VBox(2);
        if (quote) {
            all.getChildren().add(quote(line.reply()));
        }
        all.getChildren().add(row);
        if (line.file() != null) {
            FileBlock.Drawn file = FileBlock.of(line, actions.files(), text);
            drawnFile = file.dispose();
            all.getChildren().add(file.node());
        }
        if (reactions) {
            var bar = ReactionBar.of(line, actions.ownNick().get(), actions.message());
            bar.setPadding(new javafx.geometry.Insets(0, 0, 0, 52));
            all.getChildren().add(bar);
        }
        return all;
    }

    /** "↪ bob: the first line", a link to the original; or that this computer does not have it. */
    private Node quote(String mid) {
        Label quote = new Label();
        quote.getStyleClass().add("reply-quote");
        quote.setWrapText(false);
        quote.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        quote.setMaxWidth(Double.MAX_VALUE);
        quote.setMinWidth(0);
        actions.quoted().apply(mid).ifPresentOrElse(original -> {
            String first = original.text().lines().findFirst().orElse("");
            quote.setText("↪ " + original.from() + ": " + first);
            quote.setOnMouseClicked(e -> actions.reveal().accept(mid));
            quote.setCursor(javafx.scene.Cursor.HAND);
        }, () -> {
            quote.setText("↪ " + text.format("line.reply.missing"));
            quote.getStyleClass().add("missing");
        });
        quote.setPadding(new javafx.geometry.Insets(0, 0, 0, 52));
        return quote;
    }

    /**
     * A refused line keeps the layout of any other, with why and what to do on a row of its own
     * below: beside the text, a long reason would squeeze the message into a narrow column.
     */
    private Node failed(HBox row, ChatLine.MessageLine line) {
        Label why = new Label(text.format("line.failed", line.failure()));
        why.getStyleClass().add("state");
        why.setWrapText(true);
        why.setMinWidth(0);
        HBox.setHgrow(why, Priority.ALWAYS);
        HBox problem = new HBox(8, why, button("line.edit", "edit", actions.edit(), line),
                button("line.retry", "retry", actions.retry(), line), button("line.dismiss", "dismiss", actions.dismiss(), line));
        problem.setAlignment(Pos.CENTER_LEFT);
        problem.getStyleClass().add("failure-row");
        VBox both = new VBox(2, row, problem);
        both.getStyleClass().add("failed");
        return both;
    }

    private Button button(String key, String styleClass, Consumer<ChatLine.MessageLine> action, ChatLine.MessageLine line) {
        Button button = new Button(text.format(key));
        button.getStyleClass().addAll(styleClass, "small");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.accept(line));
        return button;
    }

    /** The text, selectable, with the message's menu (Copy copies the selection, else the whole text). */
    private TextFlow body(ChatLine.MessageLine line) {
        SelectableText body = new SelectableText(line.text(), selections, actions.openLink());
        drawnBody = body;
        withMenu(body, () -> line);
        return body.node();
    }

    /** The message's menu on {@code body}, for the line {@code shown} says it holds when the menu is asked for. */
    private void withMenu(SelectableText body, java.util.function.Supplier<ChatLine.MessageLine> shown) {
        body.node().setOnContextMenuRequested(e -> {
            ChatLine.MessageLine line = shown.get();
            if (line == null) {
                return;
            }
            String link = body.linkAt(new Point2D(e.getX(), e.getY()));
            String copy = line.deleted() ? null : body.hasSelection() ? body.selectedText() : body.text();
            ContextMenu menu = MessageMenu.of(line, copy, link, body.node(), text, actions);
            if (!menu.getItems().isEmpty()) {
                menu.show(body.node(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private static Label state(String words) {
        Label state = new Label(words);
        state.getStyleClass().add("state");
        state.setMinWidth(Label.USE_PREF_SIZE);
        return state;
    }

    private Node system(ChatLine.SystemLine line) {
        Label label = new Label(TIME.format(line.ts().atZone(zone)) + "  " + line.text());
        label.setWrapText(true);
        label.getStyleClass().add("system-line");
        return label;
    }

    /** "New messages": above the first message that was unread when the conversation was opened. */
    private Node unreadDivider() {
        Label label = new Label(text.format("line.unread"));
        label.getStyleClass().add("unread-divider");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private Node separator(ChatLine.DaySeparator separator) {
        Label label = new Label(day.format(separator.date()));
        label.getStyleClass().add("day-separator");
        HBox row = new HBox(label);
        row.setAlignment(Pos.CENTER);
        return row;
    }
}
