package dev.hearth.client.chat.viewer;

import dev.hearth.client.i18n.FileSize;
import dev.hearth.client.i18n.I18n;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ResourceBundle;

/** The picture viewer's words ({@code PictureViewerView} bundle): sizes, the zoom, why a save failed. Any thread. */
final class ViewerWords {


    private final ResourceBundle bundle;

    ViewerWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String format(String key, Object... args) {
        return I18n.format(bundle, key, args);
    }

    /** The file's size in words ({@link FileSize}). */
    String size(long bytes) {
        return FileSize.of(Math.max(0, bytes), bundle.getLocale());
    }

    /** "2.4 MB · 3000 × 4000" once the picture's size is known. */
    String details(long bytes, double width, double height) {
        return width <= 0 ? size(bytes) : format("details", size(bytes), Math.round(width), Math.round(height));
    }

    /** "42%" in the UI's language. */
    String zoom(double scale) {
        return NumberFormat.getPercentInstance(bundle.getLocale()).format(Math.round(scale * 100) / 100.0);
    }

    String saved(Path target) {
        return format("save.done", target.toString());
    }

    /**
     * Why a copy could not be written, in words: the system's message is English and names paths,
     * so the words come from the kind of failure, with its message only as a last resort.
     *
     * @param pictureGone whether the picture itself is no longer on this computer
     */
    String saveFailed(IOException failure, Path target, boolean pictureGone) {
        String reason;
        if (pictureGone) {
            reason = format("save.reason.gone");
        } else if (failure instanceof AccessDeniedException) {
            reason = format("save.reason.denied");
        } else if (failure instanceof NoSuchFileException) {
            reason = format("save.reason.no-folder");
        } else if (String.valueOf(failure.getMessage()).contains("No space left")
                || failure instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("No space left")) {
            reason = format("save.reason.full");
        } else if (failure.getMessage() == null || failure.getMessage().isBlank()) {
            reason = format("save.reason.unknown");
        } else {
            reason = format("save.reason.other", failure.getMessage());
        }
        return format("save.failed", target.getFileName() == null ? target.toString() : target.getFileName().toString(),
                reason);
    }
}
