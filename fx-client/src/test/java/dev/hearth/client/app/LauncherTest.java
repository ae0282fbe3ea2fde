package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the client does before JavaFX starts: help, and a missing display said in one line. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int prepare(Map<String, String> env, String os, String glass, String... args) {
        return Launcher.prepare(args, env, os, glass, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptionsAndTheInviteArgument() {
        assertEquals(0, prepare(Map.of(), "Linux", null, "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: hearth-client [OPTIONS] [INVITE]"), help);
        for (String option : new String[] {"--config-dir=PATH", "--locale=TAG", "--theme=", "--help"}) {
            assertTrue(help.contains(option), option);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noDisplayOnLinuxIsOneLineAndExitCodeOne() {
        assertEquals(1, prepare(Map.of(), "Linux", null));
        assertEquals("hearth-client: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set);"
                + " start Hearth from a desktop session, or over ssh with -X", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aDisplayOrAnotherPlatformStartsTheApp() {
        assertEquals(-1, prepare(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(-1, prepare(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertEquals(-1, prepare(Map.of(), "Windows 11", null));
        assertEquals(-1, prepare(Map.of(), "Mac OS X", null));
        assertEquals(-1, prepare(Map.of(), "Linux", "Headless"), "JavaFX's own headless platform needs none");
    }
}
