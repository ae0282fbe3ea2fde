package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.testing.AttachDialogs;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Invite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files from one chat window to another through a real relay, as two friends see them: a picture
 * pasted in one shows in the other as its thumbnail, then as itself; a 20 MB file shows its
 * progress in the sender's message while it goes up, arrives once although the sender's
 * connection is cut in the middle, and shows its progress in the receiver's while it comes down
 * to where Save as put it, byte for byte.
 */
@ExtendWith(ApplicationExtension.class)
class FilesBetweenWindowsIT {

    private TestRelay relay;
    private CuttableProxy proxy;
    private CuttableProxy bobsPath;
    private Path temp;
    private Stage stage;
    private final List<Path> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.plaintext(b -> b);
        proxy = new CuttableProxy(relay.port());
        bobsPath = new CuttableProxy(relay.port());
        temp = Files.createTempDirectory("hearth-it");
        ChatWindow.SAVE_AS.clear();
        ChatWindow.start(stage, temp.resolve("alice"), "en", "light", owner -> List.copyOf(chosen));
    }

    @AfterEach
    void stop() throws Exception {
        bobsPath.freeze(false);
        bobsPath.close();
        proxy.close();
        relay.close();
    }

    @Test
    void aPastedPictureAndATwentyMegabyteFileGoFromOneWindowToTheOther(FxRobot robot) throws Exception {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(Invite.plaintext("127.0.0.1", proxy.port(), null).format(), "alice");
        alice.join("lobby");
        ChatWindow bob = ChatWindow.openAnother(robot, temp.resolve("bob"));
        bob.connect(Invite.plaintext("127.0.0.1", bobsPath.port(), null).format(), "bob");
        bob.join("lobby");

        // A picture pasted: the other window shows its thumbnail, then the picture itself.
        ChatWindow.fx(() -> {
            WritableImage picture = new WritableImage(1200, 800);
            for (int y = 0; y < 800; y++) {
                for (int x = 0; x < 1200; x++) {
                    picture.getPixelWriter().setArgb(x, y, 0xFF000000 | (x * 255 / 1200) << 16 | (y * 255 / 800) << 8 | 0x60);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture);
            Clipboard.getSystemClipboard().setContent(content);
            AttachDialogs.press(alice.find("#input"), KeyCode.V, true, false);
            return null;
        });
        AttachDialogs.awaitShown(alice);
        AttachDialogs.awaitPrepared(alice);
        AttachDialogs.press("Send");
        AttachDialogs.awaitClosed(alice);
        bob.await(() -> bob.messages().stream().anyMatch(m -> m.file() != null), "the picture's message");
        ChatLine.MessageLine picture = bob.messages().getLast();
        assertNotNull(picture.file().thumb(), "the thumbnail comes in the message itself, shown at once");
        bob.await(() -> ChatWindow.fx(() -> bob.lookupAll(".file-picture ImageView").stream()
                .anyMatch(v -> ((ImageView) v).getImage() != null && ((ImageView) v).getImage().getWidth() > 320)),
                "the picture itself in place of its thumbnail");

        // A 20 MB file: its progress in alice's message, a cut in the middle, one delivery.
        byte[] content = new byte[20_000_000];
        new Random(20).nextBytes(content);
        Path file = Files.write(temp.resolve("holiday.mov"), content);
        chosen.add(file);
        ChatWindow.fx(() -> {
            AttachDialogs.press(alice.find("#input"), KeyCode.U, true, false);
            return null;
        });
        AttachDialogs.awaitShown(alice);
        AttachDialogs.awaitPrepared(alice);
        AttachDialogs.press("Send");
        AttachDialogs.awaitClosed(alice);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        alice.await(() -> progress(alice, "Sending", seen) >= 0.3, "the upload a third of the way in alice's window");
        proxy.cutAll();
        bob.await(() -> bob.messages().stream().anyMatch(m -> m.file() != null && m.file().name().equals("holiday.mov")),
                "the file in bob's window", java.time.Duration.ofSeconds(60));
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.file() != null && m.file().name().equals("holiday.mov")
                && m.file().blob() != null), "alice's own line confirmed", java.time.Duration.ofSeconds(60));

        // Bob saves it: its progress in his window (his path held still a moment, so that a
        // loopback download cannot be over before the window is looked at), then the copy.
        Path target = temp.resolve("saved.mov");
        ChatWindow.SAVE_AS.answer(target);
        bobsPath.freeze(true);
        robot.clickOn(ChatWindow.fx(() -> (Button) bob.lookupAll(".file-card .save").iterator().next()));
        bob.await(() -> progress(bob, "Downloading", seen) >= 0, "bob's download shown under way");
        bobsPath.freeze(false);
        // The words come once the copy is whole; the file itself shows up while it is being written.
        bob.await(() -> bob.systemTexts().stream().anyMatch(t -> t.startsWith("Saved holiday.mov")), "the copy saved",
                java.time.Duration.ofSeconds(60));
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(Set.of("Sending", "Downloading"), seen, "progress shown on both sides");

        // Exactly once, on both sides, however the cut fell.
        alice.send("that's all");
        bob.await(() -> bob.messages().stream().anyMatch(m -> m.text().equals("that's all")), "a line after it");
        assertEquals(1, bob.messages().stream().filter(m -> m.file() != null && m.file().name().equals("holiday.mov")).count());
        assertEquals(1, alice.messages().stream().filter(m -> m.file() != null && m.file().name().equals("holiday.mov")).count());
    }

    /** The largest progress a window shows now under words starting with {@code words}; noted in {@code seen}. */
    private static double progress(ChatWindow window, String words, Set<String> seen) {
        return ChatWindow.fx(() -> {
            double most = -1;
            for (Node row : window.lookupAll(".file-progress")) {
                boolean saying = row.lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText().startsWith(words));
                if (saying) {
                    seen.add(words);
                    for (Node bar : row.lookupAll(".progress-bar")) {
                        most = Math.max(most, ((ProgressBar) bar).getProgress());
                    }
                }
            }
            return most;
        });
    }
}
