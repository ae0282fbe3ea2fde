package dev.hearth.client.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file's size in words, the same in a message, the attach dialog and the picture viewer:
 * "512 bytes", "12 KB", "2.4 MB", "32 MB", "1.5 GB" (binary units, as file managers show them).
 * Any thread.
 */
public final class FileSize {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private FileSize() {}

    /** {@code bytes} in words in {@code locale}; empty for a negative size. */
    public static String of(long bytes, Locale locale) {
        if (bytes < 0) {
            return "";
        }
        ResourceBundle bundle = I18n.bundle(FileSize.class.getName(), locale);
        if (bytes < KB) {
            return I18n.format(bundle, "size.bytes", bytes);
        }
        if (bytes < MB) {
            return I18n.format(bundle, "size.kb", Math.max(1, Math.round(bytes / (double) KB)));
        }
        if (bytes < GB) {
            return I18n.format(bundle, "size.mb", oneDecimalBelowTen(bytes / (double) MB));
        }
        return I18n.format(bundle, "size.gb", oneDecimalBelowTen(bytes / (double) GB));
    }

    private static double oneDecimalBelowTen(double value) {
        return value < 10 ? Math.round(value * 10) / 10.0 : Math.round(value);
    }
}
