package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.Conversation;
import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.history.HistoryFile;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.PreferencesStore;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.Dialogs;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.HistoryBytes;
import dev.hearth.client.testing.LineMenus;
import dev.hearth.client.testing.TestRelay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The user's controls over what this computer keeps, clicked through as a person would: "Forget
 * this conversation" from the conversation list (Cancel keeps it, Forget wipes its bytes from the
 * file), then "Keep history on this computer" turned off in the preferences (Cancel keeps the
 * file, confirming deletes it and its folder of kept files), after which Ctrl+F still finds what
 * is on screen. The real app,
 * a real TLS relay, the real history file read byte by byte.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryControlsIT {

    private final String inRoom = "room-" + UUID.randomUUID();
    private final String inDirect = "direct-" + UUID.randomUUID();
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

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void forgetAConversationThenStopKeepingHistory(FxRobot robot) throws Exception {
        ChatWindow alice = ChatWindow.of(robot, stage);
        Path history = config.resolve("alice").resolve("data").resolve(HistoryFile.NAME);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        bob = Friend.join(relay, config, "bob", "lobby", new EventLog());
        bob.say("lobby", inRoom);
        bob.dm("alice", inDirect);
        PreparedFile photo = FilePreparer.picture("photo.png", picture());
        bob.sendFile(null, "alice", photo.file(), null, null);
        Path keptPhoto = history.resolveSibling(HistoryFile.FILES).resolve(photo.file().sha256());
        alice.await(() -> alice.conversation("bob") != null, "bob's message arrived");
        alice.await(() -> HistoryBytes.of(history).contains(inRoom) && HistoryBytes.of(history).contains(inDirect), "both kept in the file");
        assertTrue(Files.isDirectory(history.resolveSibling(HistoryFile.FILES)), "fetched files have their folder beside it");

        // Forget bob's conversation: Cancel first changes nothing.
        select(alice, "bob");
        alice.await(() -> Files.isRegularFile(keptPhoto), "bob's photo, shown, fetched and kept beside the history");
        openConversationMenu(alice);
        LineMenus.chooseLater(alice, "forget-conversation");
        Dialogs.answer(alice, "forget-dialog", false);
        assertTrue(shownTexts(alice, "bob").contains(inDirect), "Cancel keeps the conversation on screen");
        assertTrue(HistoryBytes.of(history).contains(inDirect), "and in the file");

        openConversationMenu(alice);
        LineMenus.chooseLater(alice, "forget-conversation");
        Dialogs.answer(alice, "forget-dialog", true);
        alice.await(() -> !shownTexts(alice, "bob").contains(inDirect), "the forgotten lines leave the screen");
        alice.await(() -> !HistoryBytes.of(history).contains(inDirect), "and every byte of them the file");
        alice.await(() -> !Files.exists(keptPhoto), "and the photo it kept");
        assertTrue(HistoryBytes.of(history).contains(inRoom), "the room is kept");

        // Stop keeping history: Cancel leaves the box ticked and the file where it was.
        Stage preferences = alice.openPreferences();
        CheckBox keep = ChatWindow.fx(() -> (CheckBox) preferences.getScene().lookup("#keepHistoryBox"));
        assertTrue(ChatWindow.fx(keep::isSelected));
        Platform.runLater(keep::fire); // the box asks and waits for the answer
        Dialogs.answer(alice, "stop-keeping-history", false);
        alice.await(() -> ChatWindow.fx(keep::isSelected), "Cancel ticks the box again");
        assertTrue(Files.exists(history));

        Platform.runLater(keep::fire);
        Dialogs.answer(alice, "stop-keeping-history", true);
        alice.await(() -> !Files.exists(history) && !Files.exists(history.resolveSibling(HistoryFile.NAME + "-wal"))
                        && !Files.exists(history.resolveSibling(HistoryFile.FILES)), "the file, its journal and its kept files deleted");
        assertEquals(false, new PreferencesStore(config.resolve("alice")).load().keepHistory(), "the choice saved");
        ChatWindow.fx(() -> {
            preferences.close();
            stage.requestFocus();
            return null;
        });

        // The session goes on without a file, and Ctrl+F finds in what is on screen.
        bob.say("lobby", "after " + inRoom);
        select(alice, "lobby");
        alice.await(() -> shownTexts(alice, "lobby").contains("after " + inRoom), "a new line arrived");
        robot.clickOn(alice.<Node>find("#input"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        alice.await(() -> ChatWindow.fx(() -> alice.<Node>find("#findField").isFocused()), "the find field focused");
        robot.write(inRoom.substring(0, 12));
        robot.type(KeyCode.ENTER);
        alice.await(() -> ChatWindow.fx(() -> alice.<Label>find("#findStatus").getText()).equals("2 of 2"),
                "both lines on screen found without a history");
        assertTrue(!Files.exists(history), "nothing written again");
    }

    private static List<String> shownTexts(ChatWindow window, String conversation) {
        return ChatWindow.fx(() -> window.conversation(conversation).lines().stream()
                .filter(l -> l instanceof ChatLine.MessageLine).map(l -> ((ChatLine.MessageLine) l).text()).toList());
    }

    /** A small picture, a photo's stand-in. */
    private static byte[] picture() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 400, 300, java.awt.Color.BLUE));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void select(ChatWindow window, String name) {
        ChatWindow.fx(() -> {
            window.<ListView<Conversation>>find("#conversations").getSelectionModel().select(window.conversation(name));
            return null;
        });
        window.await(() -> window.title().endsWith(name), name + " open");
    }

    /** The menu the platform asks for on a right-click (or the menu key) over the conversation list. */
    private static void openConversationMenu(ChatWindow window) {
        ChatWindow.fx(() -> {
            ListView<?> list = window.find("#conversations");
            Bounds local = list.getBoundsInLocal();
            Point2D screen = list.localToScreen(local.getCenterX(), 10);
            Point2D scene = list.localToScene(local.getCenterX(), 10);
            javafx.event.Event.fireEvent(list, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), 10, screen.getX(), screen.getY(), false, new PickResult(list, scene.getX(), scene.getY())));
            return null;
        });
    }
}
