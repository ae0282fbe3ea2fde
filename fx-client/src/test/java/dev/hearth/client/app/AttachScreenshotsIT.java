package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.files.TestPictures;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.AttachDialogs;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.testing.TestRelay;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the attach dialog for the user guide: a photo with its location removed and a
 * caption (light, dark, Chinese), several files at once, and the hint while files are dragged
 * over the conversation. Written like {@link MessageScreenshotsIT}.
 */
@ExtendWith(ApplicationExtension.class)
class AttachScreenshotsIT {

    @TempDir
    Path temp;

    private Stage stage;
    private TestRelay relay;
    private RelayClient bob;
    private final List<Path> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
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
        bob.close();
        relay.close();
    }

    @AfterAll
    static void backToEnglish() {
        I18n.use(Languages.ENGLISH);
        System.setProperty("hearth.locale", "en");
        System.setProperty("hearth.theme", "light");
    }

    @Test
    void light(FxRobot robot) throws Exception {
        ChatWindow me = open(robot, "en", "light", "alice");
        photoWithCaption(me, "sunset from the pier", "attach-light");
        several(me, "attach-several-light");
        dropHint(me, "attach-drop-light");
    }

    @Test
    void dark(FxRobot robot) throws Exception {
        ChatWindow me = open(robot, "en", "dark", "alice");
        photoWithCaption(me, "sunset from the pier", "attach-dark");
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        ChatWindow me = open(robot, "zh-CN", "light", "小明");
        photoWithCaption(me, "码头的日落", "attach-zh-CN");
    }

    private ChatWindow open(FxRobot robot, String locale, String theme, String nick) {
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, temp.resolve(theme + locale), locale, theme, owner -> List.copyOf(chosen));
            return null;
        });
        ChatWindow me = ChatWindow.of(robot, stage);
        me.fill("#inviteField", relay.invite(null));
        me.fill("#nickField", nick);
        ChatWindow.fx(() -> {
            me.<Button>find("#connectButton").fire();
            return null;
        });
        me.await(() -> me.has("#lines"), "the chat window");
        me.join("lobby");
        bob = Friend.join(relay, temp, locale.startsWith("zh") ? "小红" : "bob", "lobby", new EventLog());
        return me;
    }

    private void photoWithCaption(ChatWindow me, String caption, String name) throws Exception {
        byte[] plain = TestPictures.encode(sunset(1200, 800), "jpeg");
        byte[] fromCamera = TestPictures.insert(plain, TestPictures.afterJfif(plain),
                TestPictures.exifApp1(TestPictures.cameraExif(1, true)));
        chosen.clear();
        chosen.add(Files.write(temp.resolve("IMG_2041.jpg"), fromCamera));
        openDialog(me);
        ChatWindow.fx(() -> {
            ((TextArea) AttachDialogs.shown().lookup(".attach-caption")).setText(caption);
            return null;
        });
        shoot(name);
    }

    private void several(ChatWindow me, String name) throws Exception {
        closeDialog(me);
        Path photo = Files.write(temp.resolve("pier.png"), TestPictures.encode(sunset(900, 600), "png"));
        Path minutes = Files.writeString(temp.resolve("meeting-minutes.pdf"), "%PDF-1.4 " + "x".repeat(180_000));
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        chosen.clear();
        chosen.addAll(List.of(photo, minutes, empty));
        openDialog(me);
        shoot(name);
    }

    private void dropHint(ChatWindow me, String name) {
        closeDialog(me);
        ChatWindow.fx(() -> {
            me.<Label>find("#dropHint").setVisible(true); // as while files are dragged over the conversation
            return null;
        });
        assertTrue(size(Screenshots.write(stage.getScene(), name)) > 0);
        ChatWindow.fx(() -> {
            me.<Label>find("#dropHint").setVisible(false);
            return null;
        });
    }

    private static void openDialog(ChatWindow me) {
        ChatWindow.fx(() -> {
            me.<Button>find("#attachButton").fire();
            return null;
        });
        AttachDialogs.awaitShown(me);
        AttachDialogs.awaitPrepared(me);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static void closeDialog(ChatWindow me) {
        AttachDialogs.cancel();
        AttachDialogs.awaitClosed(me);
    }

    private static void shoot(String name) {
        assertTrue(size(Screenshots.write(ChatWindow.fx(() -> AttachDialogs.shown().getScene()), name)) > 0);
    }

    /** A picture that looks like a photo: an evening sky, a sun, the sea. */
    private static BufferedImage sunset(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = height * 62 / 100;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B3A67), 0, horizon, new Color(0xF49D6E)));
        g.fillRect(0, 0, width, horizon);
        g.setColor(new Color(0xFFD166));
        int sun = height / 4;
        g.fillOval(width / 2 - sun / 2, horizon - sun / 2, sun, sun);
        g.setPaint(new GradientPaint(0, horizon, new Color(0x3E5C76), 0, height, new Color(0x1D2D44)));
        g.fillRect(0, horizon, width, height - horizon);
        g.setColor(new Color(255, 209, 102, 120));
        for (int i = 0; i < 12; i++) {
            int w = sun - i * sun / 14;
            g.fillRect(width / 2 - w / 2, horizon + 8 + i * 14, w, 4);
        }
        g.dispose();
        return image;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
