package dev.hearth.client.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The registry entries that make Windows open {@code hearth://} links with Hearth. Only Windows
 * can import them; here the file is checked entry by entry, as {@code reg import} reads it.
 */
class WindowsLinkHandlerTest {

    private static final String EXE = "C:\\Users\\Zoë Li\\AppData\\Local\\Hearth\\Hearth.exe";

    @Test
    void theFileDeclaresAUrlProtocolOpenedByTheInstalledExeWithTheLinkAsArgument() {
        List<String> lines = WindowsLinkHandler.registryFile(EXE).lines().toList();

        assertEquals(List.of(
                "Windows Registry Editor Version 5.00",
                "",
                "[HKEY_CURRENT_USER\\Software\\Classes\\hearth]",
                "@=\"URL:Hearth invite\"",
                "\"URL Protocol\"=\"\"",
                "",
                "[HKEY_CURRENT_USER\\Software\\Classes\\hearth\\DefaultIcon]",
                "@=\"\\\"C:\\\\Users\\\\Zoë Li\\\\AppData\\\\Local\\\\Hearth\\\\Hearth.exe\\\",0\"",
                "",
                "[HKEY_CURRENT_USER\\Software\\Classes\\hearth\\shell\\open\\command]",
                "@=\"\\\"C:\\\\Users\\\\Zoë Li\\\\AppData\\\\Local\\\\Hearth\\\\Hearth.exe\\\" \\\"%1\\\"\""), lines);
        assertTrue(WindowsLinkHandler.registryFile(EXE).contains("\r\n"), "Windows line ends");
    }

    @Test
    void nothingIsRegisteredOutsideAnInstalledAppOnWindows() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a test of the other systems");
        System.setProperty(WindowsLinkHandler.APP_PATH, EXE);
        try {
            assertFalse(WindowsLinkHandler.applies(), "this is not Windows");
            assertEquals(Optional.empty(), WindowsLinkHandler.registerIfInstalled());
        } finally {
            System.clearProperty(WindowsLinkHandler.APP_PATH);
        }
    }
}
