package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/hearth-relay"),
                DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ann"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/ann/.local/share/hearth-relay"),
                DataDirectory.platformDefault("Linux", Map.of(), "/home/ann"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        assertEquals(Path.of("/home/ann/.local/share/hearth-relay"),
                DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/ann"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ann/Library/Application Support/Hearth Relay"),
                DataDirectory.platformDefault("Mac OS X", Map.of(), "/Users/ann"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Local", "Hearth", "Relay"),
                DataDirectory.platformDefault("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"),
                        "C:\\Users\\ann"));
    }

    @Test
    void windowsWithoutLocalAppDataUsesTheProfile() {
        assertEquals(Path.of("C:\\Users\\ann", "AppData", "Local", "Hearth", "Relay"),
                DataDirectory.platformDefault("Windows 11", Map.of(), "C:\\Users\\ann"));
    }
}
