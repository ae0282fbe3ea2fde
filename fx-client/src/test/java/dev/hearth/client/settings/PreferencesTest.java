package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir Path temp;

    @Test
    void defaultsWhenNothingIsSaved() {
        assertEquals(Preferences.DEFAULTS, new PreferencesStore(temp).load());
    }

    @Test
    void roundTrip() throws IOException {
        PreferencesStore store = new PreferencesStore(temp.resolve("new"));
        Preferences chosen = Preferences.DEFAULTS.withTheme(ThemeChoice.DARK).withDoNotDisturb(true).withLanguage("zh-CN");
        store.save(chosen);
        assertEquals(chosen, new PreferencesStore(temp.resolve("new")).load());
    }

    @Test
    void fileIsOwnerOnly() throws IOException {
        PreferencesStore store = new PreferencesStore(temp);
        store.save(Preferences.DEFAULTS);
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        }
    }

    @Test
    void unknownFieldsAndDamageAreTolerated() throws IOException {
        PreferencesStore store = new PreferencesStore(temp);
        Files.writeString(store.file(), "{\"theme\":\"LIGHT\",\"fromTheFuture\":1}");
        assertEquals(ThemeChoice.LIGHT, store.load().theme());
        Files.writeString(store.file(), "[");
        assertEquals(Preferences.DEFAULTS, store.load());
    }

    @Test
    void aCapOnKeptFilesOutOfRangeInAHandEditedFileIsBroughtIntoIt() throws IOException {
        PreferencesStore store = new PreferencesStore(temp);
        Files.writeString(store.file(), "{\"keepFilesMb\":-1}");
        assertEquals(0, store.load().keepFilesMb());
        Files.writeString(store.file(), "{\"keepFilesMb\":99999999}");
        assertEquals(Preferences.MAX_KEEP_FILES_MB, store.load().keepFilesMb());
        store.save(Preferences.DEFAULTS.withKeepFilesMb(750));
        assertEquals(750, new PreferencesStore(temp).load().keepFilesMb());
    }

    @Test
    void themeChoiceParsesLooseText() {
        assertEquals(ThemeChoice.DARK, ThemeChoice.parse(" Dark ", null));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.parse("purple", ThemeChoice.SYSTEM));
    }
}
