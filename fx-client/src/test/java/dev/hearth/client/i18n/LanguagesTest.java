package dev.hearth.client.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void overrideWinsOverTheSystem() {
        assertEquals(Languages.SIMPLIFIED_CHINESE, Languages.choose("zh-CN", Locale.GERMANY));
        assertEquals(Languages.SIMPLIFIED_CHINESE, Languages.choose("zh_CN", Locale.US));
        assertEquals(Languages.ENGLISH, Languages.choose("en", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void systemLanguageIsUsedWhenSupportedElseEnglish() {
        assertEquals(Languages.SIMPLIFIED_CHINESE, Languages.choose(null, Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals(Languages.ENGLISH, Languages.choose(" ", Locale.FRANCE));
        assertEquals(Languages.ENGLISH, Languages.choose(null, Locale.forLanguageTag("zh-TW")));
    }

    @Test
    void missingChineseKeyFallsBackToEnglishNotTheDefaultLocale() {
        var bundle = I18n.bundle("dev.hearth.client.app.WindowTitle", Languages.SIMPLIFIED_CHINESE);
        assertEquals("（3）Hearth", I18n.format(bundle, "title.unread", "3"));
        var english = I18n.bundle("dev.hearth.client.app.WindowTitle", Locale.JAPAN);
        assertEquals("(3) Hearth", I18n.format(english, "title.unread", "3"));
    }
}
