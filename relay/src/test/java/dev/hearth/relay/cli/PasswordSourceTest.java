package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordSourceTest {

    @TempDir
    Path temp;

    @Test
    void noFileAndNoVariableMeansNoPassword() throws UsageException {
        assertEquals(Optional.empty(), PasswordSource.resolve(null, Map.of()));
    }

    @Test
    void usesTheVariableWhenThereIsNoFile() throws UsageException {
        assertEquals(Optional.of("from env"), PasswordSource.resolve(null, Map.of("HEARTH_PASSWORD", "from env")));
    }

    @Test
    void fileWinsOverTheVariable() throws Exception {
        Path file = write("from file\n");

        assertEquals(Optional.of("from file"), PasswordSource.resolve(file, Map.of("HEARTH_PASSWORD", "from env")));
    }

    @Test
    void takesOnlyTheFirstLine() throws Exception {
        assertEquals("first", PasswordSource.resolve(write("first\nsecond\n"), Map.of()).orElseThrow());
    }

    @Test
    void dropsWindowsLineEndingAndByteOrderMarkButKeepsSpaces() throws Exception {
        assertEquals(" pass word ", PasswordSource.resolve(write("\uFEFF pass word \r\nx"), Map.of()).orElseThrow());
    }

    @Test
    void acceptsAFileWithoutNewlineAndNonAsciiText() throws Exception {
        assertEquals("密码", PasswordSource.resolve(write("密码"), Map.of()).orElseThrow());
    }

    @Test
    void refusesAnEmptyFirstLine() throws IOException {
        Path file = write("\r\nsecond");

        UsageException e = assertThrows(UsageException.class, () -> PasswordSource.resolve(file, Map.of()));

        assertEquals("password file " + file + ": first line is empty", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = write("");

        assertThrows(UsageException.class, () -> PasswordSource.resolve(file, Map.of()));
    }

    @Test
    void refusesAnEmptyVariable() {
        assertThrows(UsageException.class, () -> PasswordSource.resolve(null, Map.of("HEARTH_PASSWORD", "")));
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = temp.resolve("missing");

        UsageException e = assertThrows(UsageException.class, () -> PasswordSource.resolve(missing, Map.of()));

        assertEquals("cannot read password file " + missing + ": no such file or directory", e.getMessage());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = Files.write(temp.resolve("latin1"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        UsageException e = assertThrows(UsageException.class, () -> PasswordSource.resolve(file, Map.of()));

        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesAFirstLineTooLongToBeAPassword() throws IOException {
        Path file = write("x".repeat(PasswordSource.MAX_LINE_BYTES + 1));

        assertThrows(UsageException.class, () -> PasswordSource.resolve(file, Map.of()));
    }

    private Path write(String content) throws IOException {
        return Files.writeString(temp.resolve("password"), content);
    }
}
