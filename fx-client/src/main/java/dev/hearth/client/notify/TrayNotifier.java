package dev.hearth.client.notify;

import dev.hearth.client.theme.AppIcons;
import java.awt.AWTException;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/**
 * Windows: a balloon from an AWT tray icon, added lazily on first use. AWT calls are made on
 * AWT's event thread, so the FX thread does not wait for them. Failures are swallowed.
 */
final class TrayNotifier implements Notifier {

    private TrayIcon icon;

    /** True when this JVM can show a tray icon at all (false headless or without a tray). */
    static boolean supported() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void show(String title, String body) {
        java.awt.EventQueue.invokeLater(() -> display(title, body));
    }

    private void display(String title, String body) {
        try {
            if (icon == null) {
                icon = new TrayIcon(trayImage(), "Hearth");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, body, TrayIcon.MessageType.NONE);
        } catch (AWTException | IOException | RuntimeException e) {
            // No tray after all: stay silent.
        }
    }

    private static Image trayImage() throws IOException {
        int size = SystemTray.getSystemTray().getTrayIconSize().width <= 16 ? 16 : 32;
        try (InputStream png = AppIcons.open(size)) {
            return ImageIO.read(png);
        }
    }
}
