package dev.hearth.client.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifiersTest {

    @TempDir Path temp;

    private Path fakeProgram(String name) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path program = Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 0\n");
        program.toFile().setExecutable(true);
        return program;
    }

    @Test
    void linuxUsesNotifySendFromThePath() throws IOException {
        Path program = fakeProgram("notify-send");
        String path = temp.resolve("empty") + File.pathSeparator + program.getParent();
        Notifier chosen = Notifiers.choose("Linux", path, () -> true);
        CommandNotifier command = assertInstanceOf(CommandNotifier.class, chosen);
        assertEquals(program, command.program());
        assertEquals(List.of(program.toString(), "--app-name=Hearth", "--", "lobby", "-rf; $(reboot)"),
                command.command("lobby", "-rf; $(reboot)"));
    }

    @Test
    void missingBinaryGivesTheNoOpWhichDoesNotThrow() {
        Notifier chosen = Notifiers.choose("Linux", temp.toString(), () -> true);
        assertSame(Notifier.NONE, chosen);
        chosen.show("title", "body");
        assertSame(Notifier.NONE, Notifiers.choose("Linux", null, () -> true));
        assertSame(Notifier.NONE, Notifiers.choose("Mac OS X", "", () -> true));
    }

    @Test
    void macUsesOsascriptWithTextAsArgumentsNotScript() throws IOException {
        Path program = fakeProgram("osascript");
        CommandNotifier command = assertInstanceOf(CommandNotifier.class,
                Notifiers.choose("Mac OS X", program.getParent().toString(), () -> false));
        List<String> line = command.command("bob", "say \"hi\"");
        assertEquals(List.of("bob", "say \"hi\""), line.subList(line.size() - 2, line.size()));
        assertFalse(line.stream().filter(a -> a.contains("display notification")).anyMatch(a -> a.contains("hi")));
    }

    @Test
    void windowsUsesTheTrayOnlyWhenSupported() {
        assertInstanceOf(TrayNotifier.class, Notifiers.choose("Windows 11", null, () -> true));
        assertSame(Notifier.NONE, Notifiers.choose("Windows 11", null, () -> false));
    }

    @Test
    void aProgramThatVanishedIsIgnoredQuietly() throws IOException {
        Path program = fakeProgram("notify-send");
        Notifier chosen = Notifiers.choose("Linux", program.getParent().toString(), () -> false);
        Files.delete(program);
        chosen.show("title", "body");
    }

    @Test
    void doNotDisturbSilencesNotifications() {
        List<String> shown = new ArrayList<>();
        boolean[] quiet = {true};
        Notifier notifier = Notifiers.unlessQuiet((t, b) -> shown.add(t), () -> quiet[0]);
        notifier.show("one", "x");
        quiet[0] = false;
        notifier.show("two", "x");
        assertEquals(List.of("two"), shown);
    }

    @Test
    void nonExecutableFilesAreNotPicked() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("plain"));
        Path file = Files.writeString(bin.resolve("notify-send"), "");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            // root may execute anything, so only check where the permission bit is honoured
            if (!Files.isExecutable(file)) {
                assertSame(Notifier.NONE, Notifiers.choose("Linux", bin.toString(), () -> false));
            }
        }
    }
}
