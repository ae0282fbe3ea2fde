package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.LineMenus;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Message text can be selected with the mouse and copied: drag, double-click a word, Ctrl+C,
 * and a context menu with Copy and Copy link. The real scene, the real mouse and keyboard
 * events, the system clipboard, a real TLS relay.
 */
@ExtendWith(ApplicationExtension.class)
class SelectAndCopyIT {

    private static final String LINE = "see https://example.org/page for the weather";

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @BeforeEach
    void emptyClipboard() {
        ChatWindow.fx(() -> Clipboard.getSystemClipboard().setContent(new ClipboardContent()));
    }

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void aWordDoubleClickedOrADraggedRangeIsCopiedWithCtrlC(FxRobot robot) {
        ChatWindow alice = aliceReadsBobsLine(robot);

        robot.doubleClickOn(pointIn(alice, " for the weather", 0.9));
        pressCtrlC(robot);
        alice.await(() -> "weather".equals(clipboard()), "the double-clicked word copied: " + clipboard());

        robot.drag(pointIn(alice, "see ", 0.02), MouseButton.PRIMARY).dropTo(pointIn(alice, " for the weather", 0.99));
        assertTrue(ChatWindow.fx(() -> alice.lookupAll(".selection-highlight").stream()
                .anyMatch(mark -> !((javafx.scene.shape.Path) mark).getElements().isEmpty())), "the selection is drawn");
        pressCtrlC(robot);
        alice.await(() -> LINE.equals(clipboard()) || LINE.substring(0, LINE.length() - 1).equals(clipboard()),
                "the dragged range copied: " + clipboard());
    }

    @Test
    void aSelectionOverAnEmojiPictureCopiesTheEmojiCharacters(FxRobot robot) {
        String withEmoji = "so good \uD83D\uDC4D\uD83C\uDFFD really";
        ChatWindow alice = aliceReadsBobsLine(robot, withEmoji, "so good ");

        robot.doubleClickOn(pointIn(alice, " really", 0.8));
        pressCtrlC(robot);
        alice.await(() -> "really".equals(clipboard()), "the word after the emoji: " + clipboard());

        robot.drag(pointIn(alice, "so good ", 0.02), MouseButton.PRIMARY).dropTo(pointIn(alice, " really", 0.999));
        pressCtrlC(robot);
        alice.await(() -> withEmoji.equals(clipboard()), "the line with its emoji: " + clipboard());
    }

    @Test
    void theMenuCopiesTheLinkUnderThePointerOrTheWholeMessage(FxRobot robot) {
        ChatWindow alice = aliceReadsBobsLine(robot);

        LineMenus.requestMenuOn(alice, "https://example.org/page");
        LineMenus.choose(alice, "copy-link");
        alice.await(() -> "https://example.org/page".equals(clipboard()), "the link copied: " + clipboard());

        robot.clickOn(pointIn(alice, "see ", 0.5)); // a click selects nothing
        robot.rightClickOn(pointIn(alice, "see ", 0.5));
        LineMenus.choose(alice, "copy");
        alice.await(() -> LINE.equals(clipboard()), "the whole message copied: " + clipboard());
    }

    @Test
    void ctrlCWithNothingSelectedCopiesTheClickedLine(FxRobot robot) {
        ChatWindow alice = aliceReadsBobsLine(robot);
        robot.clickOn(pointIn(alice, " for the weather", 0.5));
        pressCtrlC(robot);
        alice.await(() -> LINE.equals(clipboard()), "the line copied: " + clipboard());
    }

    private ChatWindow aliceReadsBobsLine(FxRobot robot) {
        return aliceReadsBobsLine(robot, LINE, "see ");
    }

    private ChatWindow aliceReadsBobsLine(FxRobot robot, String line, String firstRun) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        bob = Friend.join(relay, config, "bob", "lobby", new EventLog());
        bob.say("lobby", line);
        alice.await(() -> alice.messages().stream().anyMatch(m -> line.equals(m.text())), "bob's line");
        alice.await(() -> alice.has(".message-body"), "drawn");
        // The window settles over a few pulses (the sidebar, the members): aim only once the line stays put.
        Point2D[] last = {null};
        alice.await(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            Point2D now = pointIn(alice, firstRun, 0);
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        }, "the line laid out");
        return alice;
    }

    /** A point on screen at {@code fraction} of the width of the run of text {@code run} in bob's line. */
    private static Point2D pointIn(ChatWindow window, String run, double fraction) {
        return ChatWindow.fx(() -> {
            Text text = LineMenus.runNode(window, run);
            Bounds bounds = text.localToScreen(text.getBoundsInLocal());
            return new Point2D(bounds.getMinX() + fraction * bounds.getWidth(), bounds.getCenterY());
        });
    }

    private static void pressCtrlC(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
    }

    private static String clipboard() {
        return ChatWindow.fx(() -> Clipboard.getSystemClipboard().getString());
    }
}
