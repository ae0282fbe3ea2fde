package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.settings.ThemeChoice;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WindowTitleTest {

    private static final String BUNDLE = WindowTitle.class.getName();

    @Test
    void showsUnreadCountOnlyWhenThereIsOne() {
        var english = I18n.bundle(BUNDLE, Languages.ENGLISH);
        assertEquals("Hearth", WindowTitle.format(0, english));
        assertEquals("(3) Hearth", WindowTitle.format(3, english));
        assertEquals("(1234) Hearth", WindowTitle.format(1234, english));
        assertEquals("（3）Hearth", WindowTitle.format(3, I18n.bundle(BUNDLE, Languages.SIMPLIFIED_CHINESE)));
    }

    @Test
    void commandLineWinsOverSystemProperties() {
        Properties system = new Properties();
        system.setProperty("hearth.config.dir", "/from/property");
        system.setProperty("hearth.locale", "zh-CN");
        system.setProperty("hearth.theme", "dark");
        assertEquals(new AppOptions("/from/property", "zh-CN", ThemeChoice.DARK, null, java.util.List.of()), AppOptions.from(Map.of(), system));
        assertEquals(new AppOptions("/cli", "en", ThemeChoice.LIGHT, null, java.util.List.of()),
                AppOptions.from(Map.of("config-dir", "/cli", "locale", "en", "theme", "light"), system));
        assertEquals(new AppOptions(null, null, null, null, java.util.List.of()), AppOptions.from(Map.of(), new Properties()));
    }
}
