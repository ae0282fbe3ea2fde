package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    @Test
    void overrideWinsEverywhere() {
        assertEquals(Path.of("/tmp/x"), ConfigDirectory.resolve("/tmp/x", "Windows 11", "C:/Users/a", Map.of("APPDATA", "C:/A")));
    }

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertEquals(Path.of("/xdg/hearth"), ConfigDirectory.resolve(null, "Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(Path.of("/home/a/.config/hearth"), ConfigDirectory.resolve(null, "Linux", "/home/a", Map.of()));
        assertEquals(Path.of("/home/a/.config/hearth"),
                ConfigDirectory.resolve(null, "Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "relative")));
    }

    @Test
    void macAndWindowsUseTheirConventionalPlaces() {
        assertEquals(Path.of("/Users/a/Library/Application Support/Hearth"),
                ConfigDirectory.resolve(null, "Mac OS X", "/Users/a", Map.of()));
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "Hearth"),
                ConfigDirectory.resolve(null, "Windows 11", "C:/Users/a", Map.of("APPDATA", "C:/Users/a/AppData/Roaming")));
    }
}
