package dev.hearth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network core and the preparation of files run (and are tested) without a UI toolkit: no
 * javafx anywhere in them.
 */
class ToolkitFreePackagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"net", "files"})
    void noSourceInThePackageImportsJavaFx(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/dev/hearth/client", pkg);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 5, "found the sources: " + sources.size());
        assertEquals(List.of(), sources.stream().filter(ToolkitFreePackagesTest::mentionsJavaFx).toList());
    }

    private static boolean mentionsJavaFx(Path source) {
        try {
            return Files.readString(source).contains("javafx.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
