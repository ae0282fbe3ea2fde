package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.files.MetadataStripper;
import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.TestPictures;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.AttachDialogs;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import dev.hearth.relay.RelayConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Sending pictures and files from the real chat window to a real relay, received by a friend on a
 * plain protocol client: attached through the file chooser (a function here) or Ctrl+U, pasted
 * from the clipboard, dropped onto the conversation; previewed with what was removed, sent with a
 * caption, or cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class AttachFilesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Stage stage;
    private TestRelay relay;
    private RelayClient bob;
    private final EventLog bobLog = new EventLog();
    private final List<Path> chosen = new ArrayList<>();
    private final AtomicInteger choosers = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        ChatWindow.fx(() -> {
            Node dialog = AttachDialogs.shown();
            if (dialog != null) {
                ((Stage) dialog.getScene().getWindow()).close();
            }
            return null;
        });
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void aCameraPictureIsPreviewedCleanedAndSentWithItsCaption(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        byte[] plain = TestPictures.encode(TestPictures.halves(640, 480), "jpeg");
        byte[] fromCamera = TestPictures.insert(plain, TestPictures.afterJfif(plain),
                TestPictures.exifApp1(TestPictures.cameraExif(6, true)));
        chosen.add(Files.write(temp.resolve("beach.jpg"), fromCamera));

        ChatWindow.fx(() -> {
            me.<Button>find("#attachButton").fire();
            return null;
        });
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        assertEquals(1, ChatWindow.fx(() -> AttachDialogs.thumbnails().size()), "the picture's thumbnail");
        assertNotNull(ChatWindow.fx(() -> AttachDialogs.thumbnails().getFirst().getImage()));
        assertEquals(List.of("Location and camera details were removed."), ChatWindow.fx(() -> AttachDialogs.texts("metadata-note")));
        assertEquals(List.of("Send to #lobby"), ChatWindow.fx(() -> List.of(((Label) AttachDialogs.shown().lookup(".title-3")).getText())));
        AttachDialogs.captionAndEnter("sunset at the beach");
        AttachDialogs.awaitClosed(me);

        Message received = fileMessage("beach.jpg");
        assertEquals("sunset at the beach", received.text());
        assertEquals("image/jpeg", received.file().mime());
        assertNotNull(received.file().thumb(), "a thumbnail goes with it");
        byte[] sent = fetch(received);
        assertEquals(-1, TestPictures.indexOf(sent, TestPictures.LATITUDE_SECONDS), "no GPS latitude");
        assertEquals(-1, TestPictures.indexOf(sent, new byte[] {0x25, (byte) 0x88}), "no GPS directory");
        assertFalse(TestPictures.contains(sent, TestPictures.CAMERA), "no camera make");
        assertEquals(Orientation.ROTATE_90, MetadataStripper.orientation(sent), "the orientation stays");
        me.await(() -> me.messages().stream().anyMatch(m -> m.file() != null && m.file().name().equals("beach.jpg")
                && m.text().equals("sunset at the beach")), "our own line with the picture");
    }

    @Test
    void ctrlUOpensTheChooserAndCancelSendsNothing(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        chosen.add(Files.writeString(temp.resolve("notes.txt"), "shopping list"));

        ChatWindow.fx(() -> {
            AttachDialogs.press(me.find("#input"), KeyCode.U, true, false);
            return null;
        });
        AttachDialogs.awaitShown(me);
        assertEquals(1, choosers.get());
        AttachDialogs.awaitPrepared(me);
        assertEquals(List.of("notes.txt"), ChatWindow.fx(() -> AttachDialogs.texts("file-name")));
        assertEquals(List.of("13 bytes"), ChatWindow.fx(() -> AttachDialogs.texts("file-size")));
        ChatWindow.fx(() -> {
            AttachDialogs.press(AttachDialogs.shown().lookup(".attach-caption"), KeyCode.ESCAPE, false, false);
            return null;
        });
        AttachDialogs.awaitClosed(me);

        me.send("nothing else");
        bobLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Message m && "nothing else".equals(m.text()), WAIT);
        assertTrue(bobLog.received(Message.class).stream().noneMatch(m -> m.file() != null), "no file was sent");
        assertEquals(0, me.messages().stream().filter(m -> m.file() != null).count());
    }

    @Test
    void aPictureOnTheClipboardIsPastedAsAPng(FxRobot robot) {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        ChatWindow.fx(() -> {
            WritableImage picture = new WritableImage(120, 80);
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 120; x++) {
                    picture.getPixelWriter().setArgb(x, y, x < 60 ? 0xFF2080D0 : 0xFFE0A020);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture);
            Clipboard.getSystemClipboard().setContent(content);
            AttachDialogs.press(me.find("#input"), KeyCode.V, true, false);
            return null;
        });
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        String name = ChatWindow.fx(() -> AttachDialogs.texts("file-name")).getFirst();
        assertTrue(name.matches("pasted-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.png"), name);
        assertEquals(1, ChatWindow.fx(() -> AttachDialogs.thumbnails().size()));
        AttachDialogs.press("Send");
        AttachDialogs.awaitClosed(me);

        Message received = fileMessage(name);
        assertEquals("image/png", received.file().mime());
        assertEquals("", received.text());
        assertEquals("", me.input(), "nothing pasted into the message box");
    }

    @Test
    void textOnTheClipboardPastesAsBeforeAndCopiedFilesOpenTheDialog(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        Path notes = Files.writeString(temp.resolve("notes.txt"), "shopping list");
        ChatWindow.fx(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString("just words");
            Clipboard.getSystemClipboard().setContent(text);
            AttachDialogs.press(me.find("#input"), KeyCode.V, true, false);
            return null;
        });
        assertEquals("just words", me.input());
        assertTrue(ChatWindow.fx(() -> AttachDialogs.shown() == null));

        ChatWindow.fx(() -> {
            ClipboardContent files = new ClipboardContent();
            files.putFiles(List.of(notes.toFile()));
            Clipboard.getSystemClipboard().setContent(files);
            AttachDialogs.press(me.find("#input"), KeyCode.V, true, false);
            return null;
        });
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        assertEquals(List.of("notes.txt"), ChatWindow.fx(() -> AttachDialogs.texts("file-name")));
        assertEquals("just words", me.input(), "the file names are not pasted as text");
        AttachDialogs.cancel();
        AttachDialogs.awaitClosed(me);
    }

    @Test
    void filesDroppedOnTheConversationAreSentInOrderWithOneCaption(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        Path report = Files.write(temp.resolve("report.pdf"), "%PDF-1.4 not really".getBytes());
        Path chart = Files.write(temp.resolve("chart.png"), TestPictures.encode(TestPictures.halves(200, 100), "png"));
        List<String> hint = new ArrayList<>();

        boolean accepted = ChatWindow.fx(() -> AttachDialogs.drop(me.find("#conversationPane"), List.of(report, chart, temp),
                () -> hint.add(me.<Label>find("#dropHint").isVisible() ? me.<Label>find("#dropHint").getText() : "")));

        assertTrue(accepted);
        assertEquals(List.of("Drop to send to #lobby"), hint);
        assertFalse(ChatWindow.fx(() -> me.<Label>find("#dropHint").isVisible()), "the hint goes with the drag");
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        assertEquals(List.of("report.pdf", "chart.png"), ChatWindow.fx(() -> AttachDialogs.texts("file-name")),
                "the folder is left out");
        assertEquals("Send 2 files to #lobby", ChatWindow.fx(() -> ((Label) AttachDialogs.shown().lookup(".title-3")).getText()));
        AttachDialogs.captionAndEnter("for Monday");
        AttachDialogs.awaitClosed(me);

        Message first = fileMessage("report.pdf");
        Message second = fileMessage("chart.png");
        assertEquals("for Monday", first.text());
        assertEquals("", second.text());
        assertTrue(first.seq() < second.seq(), "in the order dropped");
    }

    @Test
    void moreFilesThanTheRelayUploadsAtOnceAllArrive(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            files.add(Files.write(temp.resolve("part-" + i + ".bin"), new byte[100_000 * i]));
        }

        assertTrue(ChatWindow.fx(() -> AttachDialogs.drop(me.find("#conversationPane"), files, () -> { })));
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        AttachDialogs.press("Send");
        AttachDialogs.awaitClosed(me);

        for (int i = 1; i <= 5; i++) {
            assertEquals(100_000 * i, fileMessage("part-" + i + ".bin").file().size());
        }
        me.await(() -> me.messages().stream().filter(m -> m.file() != null && m.mid() != null).count() == 5,
                "all five delivered on our side too");
    }

    @Test
    void onARelayThatTakesNoFilesTheButtonSaysWhyAndDropsAreRefused(FxRobot robot) throws Exception {
        ChatWindow me = aliceAndBobInTheLobby(robot, b -> b.maxFile(0));
        Path file = Files.writeString(temp.resolve("a.txt"), "a");

        assertTrue(ChatWindow.fx(() -> me.<Button>find("#attachButton").isDisabled()));
        assertEquals("This relay does not take files.", ChatWindow.fx(() -> me.<Button>find("#attachButton").getAccessibleHelp()));
        List<String> hint = new ArrayList<>();
        assertFalse(ChatWindow.fx(() -> AttachDialogs.drop(me.find("#conversationPane"), List.of(file),
                () -> hint.add(me.<Label>find("#dropHint").getText()))));
        assertEquals(List.of("This relay does not take files."), hint);
        ChatWindow.fx(() -> {
            AttachDialogs.press(me.find("#input"), KeyCode.U, true, false);
            return null;
        });
        assertEquals(0, choosers.get(), "Ctrl+U does nothing");
        assertTrue(ChatWindow.fx(() -> AttachDialogs.shown() == null));
    }

    // ---- helpers

    private ChatWindow aliceAndBobInTheLobby(FxRobot robot, UnaryOperator<RelayConfig.Builder> settings) {
        relay = TestRelay.tls(settings);
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, temp.resolve("alice"), "en", "light", owner -> {
                choosers.incrementAndGet();
                return List.copyOf(chosen);
            });
            return null;
        });
        ChatWindow me = ChatWindow.of(robot, stage);
        me.connect(relay.invite(null), "alice");
        me.join("lobby");
        bob = Friend.join(relay, temp, "bob", "lobby", bobLog);
        return me;
    }

    private Message fileMessage(String name) {
        ClientEvent.Received got = bobLog.await(ClientEvent.Received.class,
                r -> r.envelope() instanceof Message m && m.file() != null && m.file().name().equals(name), WAIT);
        return (Message) got.envelope();
    }

    private byte[] fetch(Message message) throws Exception {
        Path target = temp.resolve("fetched-" + message.file().name());
        bob.fetchFile(message.file().blob(), message.file().size(), message.file().sha256(), target);
        bobLog.await(ClientEvent.FetchDone.class, done -> done.path().equals(target), WAIT);
        return Files.readAllBytes(target);
    }
}
