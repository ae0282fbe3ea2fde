package dev.hearth.client.chat;

import dev.hearth.client.emoji.EmojiPack;
import dev.hearth.client.emoji.EmojiRun;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message's text, wrapped, with clickable links, that can be selected with the mouse as in any
 * chat app: drag to select, double-click for a word, triple-click for the whole message. Links
 * are {@link Text} runs too (not controls); emoji are colour pictures, one place in the flow for
 * several characters of text, which {@link FlowIndex} accounts for. FX thread.
 */
final class SelectableText {

    /** Where a link sits in the text, as string indices. */
    private record Link(int start, int end, String url) {}


    private String text;
    /** Draws the marks again after each layout: a new width wraps the words to other places. */
    private final TextFlow flow = new TextFlow() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            drawMarks();
        }
    };
    private List<FoundWords.Range> foundRanges = List.of();
    private final Path highlight = new Path();
    private final Path found = new Path();
    private final TextSelections selections;
    private final Consumer<String> openLink;
    private final List<Link> links = new ArrayList<>();
    private FlowIndex index = new FlowIndex();
    private final Text sizeReference = new Text();
    /** The flow's children before the text's own runs: the marks and the size reference. */
    private static final int FIXED = 3;
    private Text pressedLink;
    private int anchor;
    private int caret;

    SelectableText(String text, TextSelections selections, Consumer<String> openLink) {
        this.selections = selections;
        this.openLink = openLink;
        flow.getStyleClass().add("message-body");
        highlight.getStyleClass().add("selection-highlight");
        highlight.setManaged(false);
        found.getStyleClass().add("found-highlight");
        found.setManaged(false);
        flow.getChildren().addAll(found, highlight);
        flow.getChildren().add(sizeReference);
        sizeReference.getStyleClass().add("message-text");
        flow.setCursor(Cursor.TEXT);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        show(text);
    }

    /**
     * Shows {@code newText} in these nodes in place of the text they held, with no selection and
     * no marks, as a list's cell does when it is given another line. A text of plain runs only,
     * as many as the last one had (most lines: one), keeps its {@link Text} nodes, so they are
     * neither built nor styled again.
     */
    void show(String newText) {
        text = newText;
        links.clear();
        index = new FlowIndex();
        foundRanges = List.of();
        found.getElements().clear();
        highlight.getElements().clear();
        anchor = 0;
        caret = 0;
        pressedLink = null;
        EmojiPack emoji = EmojiPack.bundled();
        List<LinkText.Run> runs = LinkText.split(newText);
        List<List<EmojiRun>> pieces = runs.stream().map(run -> run.link() ? List.<EmojiRun>of() : emoji.index().split(run.text())).toList();
        List<EmojiRun> all = pieces.stream().flatMap(List::stream).toList();
        if (runs.stream().noneMatch(LinkText.Run::link) && showsInPlace(all, emoji)) {
            return;
        }
        flow.getChildren().remove(FIXED, flow.getChildren().size());
        boolean large = runs.stream().noneMatch(LinkText.Run::link) && EmojiPictures.drawnLarge(all);
        int offset = 0;
        for (int i = 0; i < runs.size(); i++) {
            String run = runs.get(i).text();
            if (runs.get(i).link()) {
                flow.getChildren().add(link(run));
                links.add(new Link(offset, offset + run.length(), run));
                index.addText(run.length());
            } else {
                pieces.get(i).forEach(piece -> add(piece, emoji, large));
            }
            offset += run.length();
        }
    }

    /** Puts plain {@code pieces} into the plain runs already shown, when there are as many; false when it cannot. */
    private boolean showsInPlace(List<EmojiRun> pieces, EmojiPack emoji) {
        List<javafx.scene.Node> shown = flow.getChildren().subList(FIXED, flow.getChildren().size());
        if (shown.size() != pieces.size() || shown.isEmpty()) {
            return false;
        }
        for (int i = 0; i < pieces.size(); i++) {
            boolean picture = pieces.get(i) instanceof EmojiRun.Emoji one && emoji.image(one).isPresent();
            if (picture || !(shown.get(i) instanceof Text plain) || !plain.getStyleClass().equals(List.of("message-text"))) {
                return false;
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            ((Text) shown.get(i)).setText(pieces.get(i).text());
            index.addText(pieces.get(i).text().length());
        }
        return true;
    }

    private Text link(String url) {
        Text piece = new Text(url);
        piece.getStyleClass().add("message-link");
        piece.setCursor(Cursor.HAND);
        // Opens on a click that began on the link: not on the end of a drag, nor on a
        // release left over from a menu item that sat above it.
        piece.setOnMousePressed(e -> pressedLink = e.getButton() == MouseButton.PRIMARY ? piece : null);
        piece.setOnMouseClicked(e -> {
            boolean began = pressedLink == piece;
            pressedLink = null;
            if (began && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !hasSelection()) {
                openLink.accept(url);
            }
        });
        return piece;
    }

    private void add(EmojiRun piece, EmojiPack emoji, boolean large) {
        Optional<Image> picture = piece instanceof EmojiRun.Emoji one ? emoji.image(one) : Optional.empty();
        if (picture.isPresent()) {
            flow.getChildren().add(EmojiPictures.of(picture.get(), piece.text(), sizeReference.fontProperty(), large));
            index.addPicture(piece.text().length());
        } else {
            Text plain = new Text(piece.text());
            plain.getStyleClass().add("message-text");
            flow.getChildren().add(plain);
            index.addText(piece.text().length());
        }
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
        int at = index.toText(flow.hitTest(point).getCharIndex());
        return links.stream().filter(link -> at >= link.start() && at < link.end()).map(Link::url).findFirst().orElse(null);
    }

    void select(int from, int to) {
        anchor = clamp(from);
        caret = clamp(to);
        drawMarks();
        if (hasSelection()) {
            selections.selected(this);
        }
    }

    /** Marks the words a search found (nothing when empty), below any selection. */
    void markFound(List<FoundWords.Range> ranges) {
        foundRanges = List.copyOf(ranges);
        drawMarks();
    }

    boolean marksFound() {
        return !foundRanges.isEmpty();
    }

    /** Skips the marks that are and stay empty: every line of a burst is laid out, almost none is marked. */
    private void drawMarks() {
        if (!foundRanges.isEmpty() || !found.getElements().isEmpty()) {
            found.getElements().setAll(foundRanges.stream()
                    .flatMap(r -> java.util.Arrays.stream(flow.rangeShape(index.toFlow(clamp(r.start())), index.toFlow(clamp(r.end())))))
                    .toList());
        }
        if (hasSelection() || !highlight.getElements().isEmpty()) {
            highlight.getElements().setAll(hasSelection() ? List.of(flow.rangeShape(index.toFlow(Math.min(anchor, caret)),
                    index.toFlow(Math.max(anchor, caret)))) : List.of());
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
        return clamp(index.toText(hit.getInsertionIndex()));
    }

    /** Within the text, and never inside an emoji drawn as a picture. */
    private int clamp(int at) {
        return index.toText(index.toFlow(Math.max(0, Math.min(text.length(), at))));
    }
}
