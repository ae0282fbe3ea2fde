package dev.hearth.client.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pictures are prepared (and tested) without a UI toolkit: no javafx anywhere in the files package. */
class FilesHaveNoJavaFxTest {

    @Test
    void noSourceInClientFilesImportsJavaFx() throws IOException {
        Path dir = Path.of("src/main/java/dev/hearth/client/files");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 5, "found the sources: " + sources.size());
        List<Path> offenders = sources.stream().filter(FilesHaveNoJavaFxTest::mentionsJavaFx).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean mentionsJavaFx(Path source) {
        try {
            return Files.readString(source).contains("javafx.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
