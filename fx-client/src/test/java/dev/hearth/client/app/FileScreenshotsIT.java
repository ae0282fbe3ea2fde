package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.CuttableProxy;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Invite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of files in a conversation (protocol 1.1) for the user guide, in light, dark and
 * Chinese: a friend's photo shown in the message, a file's card, and that file being downloaded
 * (the connection is held still part of the way through, so the progress stays on screen).
 */
@ExtendWith(ApplicationExtension.class)
class FileScreenshotsIT {

    private Stage stage;
    private TestRelay relay;
    private CuttableProxy proxy;
    private Path config;
    private final List<RelayClient> friends = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.plaintext(b -> b);
        proxy = new CuttableProxy(relay.port());
        config = Files.createTempDirectory("hearth-shots");
        ChatWindow.SAVE_AS.clear();
    }

    @AfterEach
    void stop() throws Exception {
        proxy.freeze(false);
        friends.forEach(RelayClient::close);
        proxy.close();
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
        shoot(robot, "en", "light", "alice", "light");
    }

    @Test
    void dark(FxRobot robot) throws Exception {
        shoot(robot, "en", "dark", "alice", "dark");
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        shoot(robot, "zh-CN", "light", "小明", "zh-CN");
    }

    private void shoot(FxRobot robot, String locale, String theme, String nick, String look) throws Exception {
        boolean zh = locale.startsWith("zh");
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, config.resolve(look), locale, theme);
            return null;
        });
        ChatWindow me = ChatWindow.of(robot, stage);
        me.fill("#inviteField", Invite.plaintext("127.0.0.1", proxy.port(), null).format());
        me.fill("#nickField", nick);
        ChatWindow.fx(() -> {
            me.<Button>find("#connectButton").fire();
            return null;
        });
        me.await(() -> me.has("#lines"), "the chat window");
        me.send("/join lobby");
        me.await(() -> me.title().equals("#lobby"), "lobby");
        RelayClient bob = Friend.join(relay, config, zh ? "小红" : "bob", "lobby", new EventLog());
        friends.add(bob);

        bob.say("lobby", zh ? "昨晚在湖边" : "last night by the lake");
        bob.sendFile("lobby", null, FilePreparer.picture("lake.png", sunset()).file(),
                zh ? "太美了 🌅" : "what a sky 🌅", null);
        byte[] plan = new byte[30_000_000];
        new Random(7).nextBytes(plan);
        bob.sendFile("lobby", null, OutgoingFile.ofBytes(zh ? "旅行计划.pdf" : "trip-plan.pdf", "application/pdf", plan,
                sha256(plan), null), zh ? "行程在这里" : "the plan, as promised", null);
        me.await(() -> me.has(".file-card"), "the file's card");
        me.await(() -> ChatWindow.fx(() -> me.lookupAll(".file-picture ImageView").stream()
                .anyMatch(v -> ((ImageView) v).getImage() != null && ((ImageView) v).getImage().getWidth() > 320)),
                "the picture itself");

        // Save as, with the path held still a little way in: the card shows how far it got.
        Path target = config.resolve(look + "-plan.pdf");
        ChatWindow.SAVE_AS.answer(target);
        robot.clickOn(ChatWindow.fx(() -> (Button) me.lookupAll(".file-card .save").iterator().next()));
        me.await(() -> ChatWindow.fx(() -> me.lookupAll(".file-progress").stream().anyMatch(n -> n.isVisible())
                && me.lookupAll(".file-progress .progress-bar").stream()
                        .anyMatch(bar -> ((javafx.scene.control.ProgressBar) bar).getProgress() > 0.05)),
                "the download under way");
        proxy.freeze(true);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ChatWindow.fx(() -> me.lookupAll(".file-progress .label").stream()
                .anyMatch(l -> !((Label) l).getText().isEmpty())), "its words");
        assertTrue(Files.size(Screenshots.write(stage.getScene(), "files-" + look)) > 0);
        proxy.freeze(false);
        me.await(() -> me.systemTexts().stream().anyMatch(t -> t.contains(target.toString())), "the copy saved");
    }

    /** A lake at sunset, drawn: a photo's look without a photo. */
    private static byte[] sunset() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(38, 52, 120), 0, 620, new Color(250, 150, 80)));
        g.fillRect(0, 0, 1600, 620);
        g.setColor(new Color(255, 214, 120));
        g.fillOval(700, 470, 200, 200);
        g.setPaint(new GradientPaint(0, 620, new Color(200, 110, 70), 0, 1000, new Color(20, 30, 70)));
        g.fillRect(0, 620, 1600, 380);
        g.setColor(new Color(30, 40, 45));
        g.fillPolygon(new int[] {0, 300, 520, 760, 1000, 1250, 1600, 1600, 0},
                new int[] {620, 500, 560, 480, 575, 520, 590, 620, 620}, 9);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
