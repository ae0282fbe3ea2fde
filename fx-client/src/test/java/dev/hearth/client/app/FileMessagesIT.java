package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files a friend shares, as the window shows them (protocol 1.1), against a real relay: a picture
 * shows its thumbnail at once and the picture itself once fetched, which the window does by
 * itself; any other file shows a card with its name and size, and "Save as…" puts an identical
 * copy where the user said.
 */
@ExtendWith(ApplicationExtension.class)
class FileMessagesIT {

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.plaintext(b -> b);
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.SAVE_AS.clear();
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
    void aPictureShowsItsThumbnailThenItselfAndAFileIsSavedWhereTheUserSays(FxRobot robot) throws Exception {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        bob = Friend.join(relay, config, "bob", "lobby", new EventLog());

        PreparedFile photo = FilePreparer.picture("sunset.png", picture(1600, 1200));
        bob.sendFile("lobby", null, photo.file(), "look at this", null);
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.file() != null), "the picture's message");
        ChatLine.MessageLine shown = alice.messages().getLast();
        assertEquals("look at this", shown.text());
        assertTrue(shown.file().picture());

        // The thumbnail (at most 320 wide) is replaced by the picture itself, read at twice the size shown.
        alice.await(() -> ChatWindow.fx(() -> alice.lookupAll(".file-picture").stream()
                .flatMap(n -> ((StackPane) n).lookupAll("ImageView").stream())
                .anyMatch(v -> ((ImageView) v).getImage() != null && ((ImageView) v).getImage().getWidth() > 320)),
                "the fetched picture drawn in place of its thumbnail");

        byte[] notes = new byte[150_000];
        new Random(4).nextBytes(notes);
        bob.sendFile("lobby", null, OutgoingFile.ofBytes("notes.bin", "application/octet-stream", notes, sha256(notes), null),
                null, null);
        alice.await(() -> alice.has(".file-card"), "the file's card");
        List<String> card = ChatWindow.fx(() -> alice.lookupAll(".file-card .label").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(card.contains("notes.bin"), card.toString());
        assertTrue(card.stream().anyMatch(t -> t.startsWith("146 KB")), "its size: " + card);

        Path target = config.resolve("saved-notes.bin");
        ChatWindow.SAVE_AS.answer(target);
        robot.clickOn(ChatWindow.fx(() -> (Button) alice.lookupAll(".file-card .save").iterator().next()));
        // The words come once the copy is whole; the file itself shows up while it is being written.
        alice.await(() -> alice.systemTexts().stream().anyMatch(t -> t.contains("Saved notes.bin")), "the copy saved, the user told");
        assertArrayEquals(notes, Files.readAllBytes(target));
        assertEquals(List.of("notes.bin"), ChatWindow.SAVE_AS.suggestedNames(), "Save as proposed the file's name");
    }

    /** A picture of gentle gradients: a photo's size without a photo. */
    private static byte[] picture(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(250, 140, 60), width, height, new Color(40, 60, 160)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
