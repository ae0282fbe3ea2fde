package dev.hearth.client.chat.viewer;

import static dev.hearth.client.testing.ChatWindow.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.MessageFiles;
import dev.hearth.client.chat.TestMessageFiles;
import dev.hearth.client.files.Orientation;
import dev.hearth.client.files.PictureFiles;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.testing.Screenshots;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the picture viewer in light, dark and Chinese, for people to look at: a phone's
 * photo stored on its side (Exif 6) shown upright, fitted, zoomed in, and after Save as.
 */
@ExtendWith(ApplicationExtension.class)
class PictureViewerScreenshotsTest {

    private Stage chat;
    private Stage viewer;
    private Path kept;
    private MessageFiles files;

    @Start
    void start(Stage stage) throws IOException {
        chat = stage;
        kept = Files.createTempDirectory("hearth-viewer-shots");
        files = TestMessageFiles.keptIn(kept);
        stage.setScene(new Scene(new Label(), 1000, 720));
        stage.show();
    }

    @AfterEach
    void closeViewer() {
        fx(() -> {
            viewer.close();
            return null;
        });
    }

    @AfterAll
    static void backToEnglish() {
        I18n.use(Languages.ENGLISH);
    }

    @Test
    void light() throws Exception {
        shoot(ThemeChoice.LIGHT, Languages.ENGLISH, "sunset-at-the-beach.jpg", false, false, "viewer-light");
    }

    @Test
    void dark() throws Exception {
        shoot(ThemeChoice.DARK, Languages.ENGLISH, "sunset-at-the-beach.jpg", true, true, "viewer-dark");
    }

    @Test
    void chinese() throws Exception {
        shoot(ThemeChoice.LIGHT, Languages.SIMPLIFIED_CHINESE, "海边日落.jpg", false, true, "viewer-zh-CN");
    }

    private void shoot(ThemeChoice theme, Locale locale, String name, boolean actualSize, boolean saved, String shot)
            throws Exception {
        byte[] photo = PictureFiles.cameraJpeg(onItsSide(sunset(1800, 1200)), Orientation.ROTATE_90);
        Path local = Files.write(kept.resolve(sha256(photo)), photo);
        ChatLine.Attachment file = new ChatLine.Attachment("blob", name, "image/jpeg", photo.length, sha256(photo), null);
        // Where a person would save it (the message says where); written over on each run.
        Path copy = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "Pictures")).resolve(name);
        viewer = fx(() -> {
            I18n.use(locale);
            FxThemes.use(theme);
            return PictureViewer.open(chat, file, local, files, (owner, proposed) -> Optional.of(copy));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> viewer.getScene().getRoot().lookup("#imageView").isVisible()));
        fx(() -> {
            if (actualSize) {
                button("#actualButton").requestFocus();
                button("#actualButton").fire();
            }
            if (saved) {
                button("#saveButton").fire();
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(Screenshots.write(viewer.getScene(), shot)) > 0);
        ImageView shown = fx(() -> (ImageView) viewer.getScene().getRoot().lookup("#imageView"));
        assertTrue(fx(() -> shown.getBoundsInParent().getWidth() > shown.getBoundsInParent().getHeight()),
                "stored on its side, shown upright");
    }

    private Button button(String query) {
        return (Button) viewer.getScene().getRoot().lookup(query);
    }

    /** A made-up photo: sky, sun, sea and a headland, upright (wider than high). */
    private static BufferedImage sunset(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = height * 3 / 5;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B3A67), 0, horizon, new Color(0xF6A35C)));
        g.fillRect(0, 0, width, horizon);
        g.setColor(new Color(0xFFE08A));
        int sun = height / 5;
        g.fillOval(width * 3 / 5, horizon - sun * 2 / 3, sun, sun);
        g.setPaint(new GradientPaint(0, horizon, new Color(0xC9784A), 0, height, new Color(0x1E3550)));
        g.fillRect(0, horizon, width, height - horizon);
        Path2D land = new Path2D.Double();
        land.moveTo(0, horizon - height / 8.0);
        land.curveTo(width * 0.15, horizon - height / 5.0, width * 0.3, horizon - height / 20.0, width * 0.42, horizon);
        land.lineTo(0, horizon);
        land.closePath();
        g.setColor(new Color(0x1B2238));
        g.fill(land);
        g.dispose();
        return image;
    }

    /** Stored as a phone held upright stores it: turned a quarter counter-clockwise. */
    private static BufferedImage onItsSide(BufferedImage upright) {
        BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        AffineTransform turn = new AffineTransform();
        turn.translate(0, upright.getWidth());
        turn.rotate(-Math.PI / 2);
        g.drawImage(upright, turn, null);
        g.dispose();
        return stored;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
