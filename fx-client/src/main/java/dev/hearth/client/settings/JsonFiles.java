package dev.hearth.client.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hearth.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads and writes the client's small JSON files through the one owner-only, atomic store: a
 * crash or a full disk leaves either the old file or the new one, never half of either, and a
 * file that cannot be read is set aside next to where it was (never replaced by the next write,
 * never deleted) and reported. Callers serialise their own writes; any thread.
 */
final class JsonFiles {

    private static final System.Logger LOG = System.getLogger(JsonFiles.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // An absent password is left out entirely rather than written as null.
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JsonFiles() {}

    /**
     * What reading found.
     *
     * @param value    the file's value, or null when there is no file (or it was damaged)
     * @param setAside where a damaged file was moved, or null
     */
    record Read<T>(T value, Path setAside) {}

    /** The file's value; a damaged file is moved aside (and logged), so the caller starts afresh without losing it. */
    static <T> Read<T> readOrSetAside(Path file, Class<T> type) {
        try {
            return new Read<>(MAPPER.readValue(Files.readAllBytes(file), type), null);
        } catch (NoSuchFileException absent) {
            return new Read<>(null, null);
        } catch (IOException | RuntimeException damaged) {
            try {
                Path aside = OwnerOnlyFiles.setAside(file, Instant.now());
                LOG.log(System.Logger.Level.WARNING, "{0} could not be read ({1}); set aside as {2}",
                        file, damaged.getClass().getSimpleName(), aside.getFileName());
                return new Read<>(null, aside);
            } catch (IOException cannotMove) {
                // Left where it is: better unread than lost. Writes would replace it, so say so.
                LOG.log(System.Logger.Level.WARNING, "{0} could not be read nor set aside: {1}", file, cannotMove);
                return new Read<>(null, null);
            }
        }
    }

    static void write(Path file, Object value) throws IOException {
        ConfigDirectory.create(file.toAbsolutePath().getParent());
        OwnerOnlyFiles.writeAtomically(file, MAPPER.writeValueAsBytes(value));
    }
}
