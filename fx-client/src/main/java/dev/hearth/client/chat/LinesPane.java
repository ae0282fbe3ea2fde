package dev.hearth.client.chat;

import java.time.ZoneId;
import java.util.Optional;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ContextMenu;

/**
 * The open conversation's lines in the chat window: how each line is drawn and acted on, copying
 * with Ctrl+C, and staying with the newest line ({@link FollowLatest}, with its "new messages ↓"
 * button). FX thread only.
 */
final class LinesPane {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ListView<ChatLine> lines;
    private final TextSelections selections = new TextSelections();
    private final FollowLatest follow;

    /**
     * @param edit       a refused line's Edit: the view puts its text back in the input
     * @param focusInput after Reply or Edit, the cursor goes to the message box
     */
    LinesPane(ListView<ChatLine> lines, Button newBelow, ChatViewModel chat, Consumer<String> openLink, ZoneId zone,
            Consumer<ChatLine.MessageLine> edit, Runnable focusInput, SaveChoice saveTarget,
            BiConsumer<ChatLine.Attachment, Path> openPicture) {
        this.lines = lines;
        FileBlock.Actions files = new FileBlock.Actions(chat.files(), new PictureCache(),
                file -> saveTarget.choose(lines.getScene().getWindow(), file.name())
                        .ifPresent(target -> chat.files().save(file, target)),
                openPicture);
        LineActions actions = new LineActions(openLink, LinesPane::copy, chat.failedLines()::retry, edit,
                chat.failedLines()::dismiss, chat.messageActions(), focusInput, chat.history()::quoted, chat.history()::reveal,
                chat.ownNickProperty()::get, () -> {
                    Conversation open = chat.selectedProperty().get();
                    return open == null ? null : open.unreadMarkProperty().get();
                }, files);
        ConversationSearch search = chat.search();
        lines.setCellFactory(list -> new ChatLineCell(list, chat.text(), zone, actions, selections, search));
        search.hitsProperty().subscribe(hits -> lines.refresh());
        chat.selectedProperty().flatMap(Conversation::unreadMarkProperty).subscribe(mark -> lines.refresh());
        search.currentProperty().subscribe(hit -> lines.refresh());
        lines.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (COPY.match(key)) {
                copySelection();
                key.consume();
            }
        });
        // The menu key or Shift+F10 on the selected line: the same menu as a right-click.
        lines.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            ChatLine selected = lines.getSelectionModel().getSelectedItem();
            if (e.isKeyboardTrigger() && selected != null) {
                ContextMenu menu = MessageMenu.of(selected, selected.copyText().orElse(null), null, lines, chat.text(), actions);
                if (!menu.getItems().isEmpty()) {
                    menu.show(lines, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            }
        });
        follow = new FollowLatest(lines, () -> {
            if (chat.selectedProperty().get() != null) {
                chat.history().loadOlder(chat.selectedProperty().get());
            }
        });
        newBelow.visibleProperty().bind(follow.newBelowProperty());
        chat.history().revealProperty().subscribe(line -> {
            if (line != null) {
                reveal(line);
            }
        });
    }

    /** Scrolls to {@code line} (a message, perhaps changed since: found by its mid) and selects it. */
    void reveal(ChatLine.MessageLine line) {
        if (lines.getItems() == null) {
            return;
        }
        for (int at = 0; at < lines.getItems().size(); at++) {
            ChatLine here = lines.getItems().get(at);
            if (here == line || here instanceof ChatLine.MessageLine m && m.mid() != null && m.mid().equals(line.mid())) {
                follow.stopFollowing();
                lines.scrollTo(at);
                lines.getSelectionModel().select(at);
                return;
            }
        }
    }

    /** Shows these lines (null for none), at the newest. */
    void show(ObservableList<ChatLine> conversationLines) {
        follow.show(conversationLines);
    }

    void jumpToEnd() {
        follow.jumpToEnd();
    }

    /** Ctrl+C in the conversation: the selected text, else the whole selected line. */
    private void copySelection() {
        selections.selectedText().or(() -> Optional.ofNullable(lines.getSelectionModel().getSelectedItem())
                .flatMap(ChatLine::copyText)).ifPresent(LinesPane::copy);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
