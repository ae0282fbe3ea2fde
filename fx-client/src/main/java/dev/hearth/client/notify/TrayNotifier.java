package dev.hearth.client.notify;

import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

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
                icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "Hearth");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, body, TrayIcon.MessageType.NONE);
        } catch (AWTException | RuntimeException e) {
            // No tray after all: stay silent.
        }
    }
}
