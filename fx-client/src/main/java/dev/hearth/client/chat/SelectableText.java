package dev.hearth.client.chat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message's text, wrapped, with clickable links, that can be selected with the mouse as in any
 * chat app: drag to select, double-click for a word, triple-click for the whole message. Links
 * are {@link Text} runs too (not controls), so every character of the flow is a character of the
 * message and a hit index is a string index. FX thread.
 */
final class SelectableText {

    /** Where a link sits in the text, as string indices. */
    private record Link(int start, int end, String url) {}

    private final String text;
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final TextSelections selections;
    private final List<Link> links = new ArrayList<>();
    private Text pressedLink;
    private int anchor;
    private int caret;

    SelectableText(String text, TextSelections selections, Consumer<String> openLink) {
        this.text = text;
        this.selections = selections;
        flow.getStyleClass().add("message-body");
        highlight.getStyleClass().add("selection-highlight");
        highlight.setManaged(false);
        flow.getChildren().add(highlight);
        int offset = 0;
        for (LinkText.Run run : LinkText.split(text)) {
            Text piece = new Text(run.text());
            if (run.link()) {
                piece.getStyleClass().add("message-link");
                piece.setCursor(Cursor.HAND);
                // Opens on a click that began on the link: not on the end of a drag, nor on a
                // release left over from a menu item that sat above it.
                piece.setOnMousePressed(e -> pressedLink = e.getButton() == MouseButton.PRIMARY ? piece : null);
                piece.setOnMouseClicked(e -> {
                    boolean began = pressedLink == piece;
                    pressedLink = null;
                    if (began && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !hasSelection()) {
                        openLink.accept(run.text());
                    }
                });
                links.add(new Link(offset, offset + run.text().length(), run.text()));
            } else {
                piece.getStyleClass().add("message-text");
            }
            flow.getChildren().add(piece);
            offset += run.text().length();
        }
        flow.setCursor(Cursor.TEXT);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    TextFlow node() {
        return flow;
    }

    String text() {
        return text;
    }

    boolean hasSelection() {
        return anchor != caret;
    }

    String selectedText() {
        return text.substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    /** The link under {@code point} (in the flow's coordinates), or null. */
    String linkAt(Point2D point) {
        int at = flow.hitTest(point).getCharIndex();
        return links.stream().filter(link -> at >= link.start() && at < link.end()).map(Link::url).findFirst().orElse(null);
    }

    void select(int from, int to) {
        anchor = clamp(from);
        caret = clamp(to);
        highlight.getElements().setAll(hasSelection() ? List.of(flow.rangeShape(Math.min(anchor, caret),
                Math.max(anchor, caret))) : List.of());
        if (hasSelection()) {
            selections.selected(this);
        }
    }

    void clearSelection() {
        select(0, 0);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        selections.pressed(this);
        int at = indexAt(e);
        switch (e.getClickCount()) {
            case 1 -> select(at, at);
            case 2 -> selectWordAt(at);
            default -> select(0, text.length());
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            select(anchor, indexAt(e));
            e.consume(); // a drag selects text; it does not drag the list's selection along
        }
    }

    private void selectWordAt(int at) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int end = words.following(Math.min(at, Math.max(0, text.length() - 1)));
        int start = words.previous();
        select(start, end == BreakIterator.DONE ? text.length() : end);
    }

    private int indexAt(MouseEvent e) {
        HitInfo hit = flow.hitTest(flow.sceneToLocal(e.getSceneX(), e.getSceneY()));
        return clamp(hit.getInsertionIndex());
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(text.length(), index));
    }
}
