package dev.hearth.client.testing;

import dev.hearth.client.chat.ChatLine;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/**
 * Chat lines' menus in the real scene. The menu is asked for with the event the platform sends
 * and items are fired rather than clicked: the headless robot's right-click lands in the wrong
 * place once other clicks have gone before it, and its clicks on a popup can reach the window
 * beneath.
 */
public final class LineMenus {

    private LineMenus() {}

    /** The drawn run of text {@code run} in a message, or null. FX thread. */
    public static Text runNode(ChatWindow window, String run) {
        ListView<ChatLine> list = window.find("#lines");
        for (Node flow : list.lookupAll(".message-body")) {
            for (Node child : ((TextFlow) flow).getChildren()) {
                if (child instanceof Text text && run.equals(text.getText()) && shown(text)) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Not in one of the list's spare cells, which it keeps hidden for reuse. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Asks for the menu over the middle of {@code run}, once it is drawn. */
    public static void requestMenuOn(ChatWindow window, String run) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // a layout due may still redraw the line
        window.await(() -> ChatWindow.fx(() -> runNode(window, run) != null), "the run " + run);
        ChatWindow.fx(() -> {
            Text text = runNode(window, run);
            Bounds local = text.getBoundsInLocal();
            Point2D screen = text.localToScreen(local.getCenterX(), local.getCenterY());
            Point2D scene = text.localToScene(local.getCenterX(), local.getCenterY());
            javafx.event.Event.fireEvent(text, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), screen.getX(), screen.getY(), false,
                    new PickResult(text, scene.getX(), scene.getY())));
            return null;
        });
    }

    /** Waits for the item with {@code styleClass} (in a submenu too), hides the menu and fires it. */
    public static void choose(ChatWindow window, String styleClass) {
        window.await(() -> ChatWindow.fx(() -> shownItem(styleClass) != null), "the menu item " + styleClass);
        ChatWindow.fx(() -> {
            MenuItem item = shownItem(styleClass);
            item.getParentPopup().hide(); // as a click does; a menu left open would catch later clicks
            item.fire();
            return null;
        });
    }

    /** As {@link #choose}, for an item that opens a dialog and waits on it: fired on a later pulse, so the test goes on. */
    public static void chooseLater(ChatWindow window, String styleClass) {
        window.await(() -> ChatWindow.fx(() -> shownItem(styleClass) != null), "the menu item " + styleClass);
        ChatWindow.fx(() -> {
            MenuItem item = shownItem(styleClass);
            item.getParentPopup().hide();
            Platform.runLater(item::fire);
            return null;
        });
    }

    private static MenuItem shownItem(String styleClass) {
        for (Window shown : Window.getWindows()) {
            if (shown instanceof ContextMenu menu && menu.isShowing()) {
                MenuItem found = find(menu.getItems(), styleClass);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MenuItem find(List<MenuItem> items, String styleClass) {
        for (MenuItem item : items) {
            if (item.getStyleClass().contains(styleClass)) {
                return item;
            }
            if (item instanceof Menu menu) {
                MenuItem inside = find(menu.getItems(), styleClass);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
