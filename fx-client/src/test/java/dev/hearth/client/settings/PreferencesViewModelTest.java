package dev.hearth.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesViewModelTest {

    @TempDir Path temp;

    @Test
    void startsFromWhatWasSaved() throws IOException {
        PreferencesStore store = new PreferencesStore(temp);
        store.save(new Preferences(ThemeChoice.DARK, true, "zh-CN", true));
        PreferencesViewModel model = new PreferencesViewModel(store, choice -> { });
        assertEquals(ThemeChoice.DARK, model.themeProperty().get());
        assertTrue(model.doNotDisturb());
        assertEquals("zh-CN", model.languageProperty().get());
        assertTrue(model.autoConnectProperty().get());
    }

    @Test
    void aFileFromBeforeAutoConnectLoadsWithItOff() throws IOException {
        java.nio.file.Files.writeString(temp.resolve("preferences.json"),
                "{\"theme\":\"DARK\",\"doNotDisturb\":false,\"language\":\"en\"}");
        assertEquals(new Preferences(ThemeChoice.DARK, false, "en", false), new PreferencesStore(temp).load());
    }

    @Test
    void changesAreAppliedAndSavedAtOnce() {
        PreferencesStore store = new PreferencesStore(temp);
        List<ThemeChoice> applied = new ArrayList<>();
        PreferencesViewModel model = new PreferencesViewModel(store, applied::add);
        assertEquals("", model.languageProperty().get());
        model.themeProperty().set(ThemeChoice.LIGHT);
        model.doNotDisturbProperty().set(true);
        model.languageProperty().set("en");
        model.autoConnectProperty().set(true);
        assertEquals(List.of(ThemeChoice.LIGHT), applied);
        assertTrue(model.doNotDisturb());
        assertEquals(new Preferences(ThemeChoice.LIGHT, true, "en", true), store.load());
        model.languageProperty().set("");
        assertEquals(null, store.load().language());
    }

    @Test
    void historyIsKeptUnlessTheUserStopsItAndTheirChoiceIsToldAndSaved() throws IOException {
        java.nio.file.Files.writeString(temp.resolve("preferences.json"), "{\"theme\":\"DARK\",\"doNotDisturb\":false}");
        List<Boolean> told = new ArrayList<>();
        PreferencesViewModel model = new PreferencesViewModel(new PreferencesStore(temp), choice -> { }, told::add);
        assertTrue(model.keepHistoryProperty().get(), "a file from before history was kept: keeping it is the default");
        model.setKeepHistory(false);
        model.setKeepHistory(false);
        assertEquals(List.of(false), told, "told once per change");
        assertEquals(false, new PreferencesStore(temp).load().keepHistory());
        assertEquals(false, new PreferencesViewModel(new PreferencesStore(temp), choice -> { }).keepHistoryProperty().get());
    }

    @Test
    void keptFilesAreCappedAtFiveHundredMegabytesUntilTheUserSaysOtherwiseAndTheCapStaysInRange() throws IOException {
        java.nio.file.Files.writeString(temp.resolve("preferences.json"), "{\"theme\":\"DARK\",\"keepHistory\":true}");
        PreferencesStore store = new PreferencesStore(temp);
        PreferencesViewModel model = new PreferencesViewModel(store, choice -> { });
        assertEquals(500, model.keepFilesMbProperty().get(), "a file from before the cap: the default");
        List<Integer> told = new ArrayList<>();
        model.keepFilesMbProperty().addListener((o, was, now) -> told.add(now));

        model.keepFilesMbProperty().set(200);
        assertEquals(200, store.load().keepFilesMb(), "saved at once");
        model.keepFilesMbProperty().set(-5);
        assertEquals(0, model.keepFilesMbProperty().get());
        model.keepFilesMbProperty().set(Integer.MAX_VALUE);
        assertEquals(Preferences.MAX_KEEP_FILES_MB, model.keepFilesMbProperty().get());
        model.keepFilesMbProperty().set(null);
        assertEquals(Preferences.MAX_KEEP_FILES_MB, model.keepFilesMbProperty().get(), "nothing is not a cap");
        assertTrue(told.stream().allMatch(mb -> mb != null && mb >= 0 && mb <= Preferences.MAX_KEEP_FILES_MB),
                "whoever listens hears only caps in range: " + told);
        assertEquals(Preferences.MAX_KEEP_FILES_MB, new PreferencesStore(temp).load().keepFilesMb());
        assertEquals(200_000_000L, Preferences.keepFilesBytes(200), "a megabyte is a million bytes");
    }
}
