package dev.hearth.client.chat;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps a conversation at its newest line while the reader is there, and where it is when they
 * scrolled up, saying instead that there is something new below. FX thread.
 *
 * <p>"At the newest line" is a state the reader changes by scrolling (wheel, keys, the scroll
 * bar), not something read back from the list: with lines of different heights the list's
 * position is an estimate that drifts as lines are measured, so after every layout a following
 * list is put back at its end: the newest line's bottom on the visible area's bottom, measured
 * ({@code ListView.scrollTo} puts the last line at the top of an estimate, which left answers
 * below the visible area). After the reader scrolls, the next layout tells whether they ended
 * at the bottom.
 */
final class FollowLatest {

    private static final double END = 1.0;

    private final ListView<ChatLine> list;
    private final ReadOnlyBooleanWrapper newBelow = new ReadOnlyBooleanWrapper();
    private final ListChangeListener<ChatLine> onChange = this::linesChanged;
    private final Runnable afterLayout = this::afterLayout;
    private ObservableList<ChatLine> shown;
    private boolean following = true;
    private boolean readerScrolled;
    private ChatLine anchor; // the line the reader was at while older lines come in above, until the next layout

    private final Runnable atTop;

    /** @param atTop the reader reached the oldest line shown: older ones may be paged in */
    FollowLatest(ListView<ChatLine> list, Runnable atTop) {
        this.list = list;
        this.atTop = atTop;
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, e -> readerScrolled = true);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> readerScrolled = true);
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> readerScrolled = true);
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> readerScrolled = true);
    }

    /** Lines arrived below while the reader was further up: the view offers to jump down. */
    ReadOnlyBooleanProperty newBelowProperty() {
        return newBelow.getReadOnlyProperty();
    }

    /** Shows {@code lines} (null: nothing) from their newest line. */
    void show(ObservableList<ChatLine> lines) {
        if (shown != null) {
            shown.removeListener(onChange);
        }
        shown = lines;
        list.setItems(lines);
        jumpToEnd();
        if (lines != null) {
            lines.addListener(onChange);
        }
    }

    /** To the newest line, as the "new messages" button asks, and stay there. */
    void jumpToEnd() {
        following = true;
        readerScrolled = false;
        newBelow.set(false);
        if (list.getItems() != null && !list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
        list.requestLayout();
    }

    /** The reader is taken to a line further up (a reply's original): the list stays there. */
    void stopFollowing() {
        following = false;
        readerScrolled = false;
    }

    private void linesChanged(ListChangeListener.Change<? extends ChatLine> change) {
        if (following) {
            list.requestLayout();
            return;
        }
        boolean above = false;
        while (change.next()) {
            boolean atEnd = change.wasAdded() && change.getTo() == change.getList().size();
            if (change.getFrom() == 0 && !atEnd) {
                above = true;
            } else if (change.wasAdded()) {
                newBelow.set(true);
            }
        }
        if (above) {
            // Older lines came in above: the reader stays at the line they were reading.
            if (anchor == null) {
                VirtualFlow<?> flow = flow();
                IndexedCell<?> top = flow == null ? null : flow.getFirstVisibleCell();
                anchor = top == null ? null : (ChatLine) top.getItem();
            }
            for (int i = 0; anchor != null && i < list.getItems().size(); i++) {
                if (list.getItems().get(i) == anchor) {
                    list.scrollTo(i);
                    break;
                }
            }
        }
    }

    private void afterLayout() {
        anchor = null;
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        if (readerScrolled) {
            readerScrolled = false;
            following = belowLastLine(flow) <= 1;
            if (following) {
                newBelow.set(false);
            }
            IndexedCell<?> top = flow.getFirstVisibleCell();
            if (top != null && top.getIndex() == 0) {
                atTop.run();
            }
        } else if (following) {
            double hidden = belowLastLine(flow);
            if (hidden == Double.POSITIVE_INFINITY) {
                flow.setPosition(END);
            } else if (hidden > 0.5) {
                flow.scrollPixels(hidden);
            }
        }
    }

    /** How far the newest line reaches below the visible area, in pixels; infinite when it is not drawn at all. */
    private static double belowLastLine(VirtualFlow<?> flow) {
        if (flow.getCellCount() == 0) {
            return 0;
        }
        // Not getLastVisibleCell: below a short conversation that is an empty filler cell.
        IndexedCell<?> last = flow.getVisibleCell(flow.getCellCount() - 1);
        if (last == null) {
            return Double.POSITIVE_INFINITY;
        }
        Bounds cell = last.localToScene(last.getBoundsInLocal());
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        return cell.getMaxY() - view.getMaxY();
    }

    private VirtualFlow<?> flow() {
        Node node = list.lookup(".virtual-flow");
        return node instanceof VirtualFlow<?> flow ? flow : null;
    }
}
