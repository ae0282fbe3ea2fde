package dev.hearth.client.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes the small JSON settings files. A write goes to a private temporary file in the
 * same directory, which is then moved over the old one in one step, so a crash or a full disk
 * leaves either the old file or the new one, never half of either. Callers serialise their own
 * writes; any thread.
 */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // An absent password is left out entirely rather than written as null.
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JsonFiles() {}

    /** @return the file's value, or null when the file does not exist */
    static <T> T read(Path file, Class<T> type) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        return MAPPER.readValue(file.toFile(), type);
    }

    static void write(Path file, Object value) throws IOException {
        Path dir = ConfigDirectory.create(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            OwnerOnly.restrictFile(temp);
            Files.write(temp, MAPPER.writeValueAsBytes(value));
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
