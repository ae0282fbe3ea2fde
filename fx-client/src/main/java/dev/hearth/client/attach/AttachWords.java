package dev.hearth.client.attach;

import dev.hearth.client.files.BadImageException;
import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.ImageKind;
import dev.hearth.client.files.MetadataKind;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.i18n.FileSize;
import dev.hearth.client.i18n.I18n;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/** The attach dialog's words ({@code AttachDialogView} bundle): sizes, what was removed, why not. Any thread. */
final class AttachWords {

    /** Picture files FilePreparer does not recognise as pictures, by extension (a probe may not know them). */
    private static final Set<String> UNCLEANED_PICTURES = Set.of("HEIC", "HEIF", "AVIF", "JXL", "TIF", "TIFF", "DNG", "CR2",
            "CR3", "NEF", "ARW", "RAF", "ORF");

    private final ResourceBundle bundle;

    AttachWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String format(String key, Object... args) {
        return I18n.format(bundle, key, args);
    }

    /** The file's size in words ({@link FileSize}). */
    String size(long bytes) {
        return FileSize.of(bytes, bundle.getLocale());
    }


    /** "Location and camera details were removed.", or empty when nothing was. */
    String removed(Set<MetadataKind> kinds) {
        List<String> names = Arrays.stream(MetadataKind.values()).filter(kinds::contains)
                .map(kind -> format("metadata." + kind.name())).toList();
        if (names.isEmpty()) {
            return "";
        }
        String list = names.size() == 1 ? names.getFirst()
                : String.join(format("list.comma"), names.subList(0, names.size() - 1)) + format("list.and") + names.getLast();
        String sentence = format(names.size() == 1 ? "note.one" : "note.many", list);
        return sentence.substring(0, 1).toUpperCase(bundle.getLocale()) + sentence.substring(1);
    }

    /**
     * That a picture of a kind Hearth cannot clean (HEIC from a phone, TIFF, camera raw…) goes with
     * its hidden details, or empty.
     */
    String caution(PreparedFile prepared, String extension) {
        String mime = prepared.file().mime();
        boolean cleaned = Arrays.stream(ImageKind.values()).anyMatch(kind -> kind.mime().equals(mime));
        boolean picture = mime.startsWith("image/") || UNCLEANED_PICTURES.contains(extension);
        return picture && !cleaned ? format("caution.uncleaned") : "";
    }

    /**
     * Why FilePreparer refused a file: its message is English for logs, so the words come from
     * what caused it (the preparer's three refusals: empty, unreadable, a picture it cannot clean).
     */
    String notSendable(FilePreparer.NotSendable refusal) {
        Throwable cause = refusal.getCause();
        if (cause instanceof BadImageException) {
            return format("problem.unclean");
        }
        if (cause == null) {
            return format("problem.empty");
        }
        return format(cause instanceof IOException ? "problem.unreadable" : "problem.unclean");
    }

    String tooLarge(long maxFile) {
        return format("problem.too-large", size(maxFile));
    }
}
