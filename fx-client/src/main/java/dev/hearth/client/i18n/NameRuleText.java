package dev.hearth.client.i18n;

import dev.hearth.model.NameCheck;
import dev.hearth.model.NameKind;
import dev.hearth.model.NameViolation;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a nick or room name was refused, in the UI's language. The shared model reports the broken
 * rule as data; the sentence is ours. Pure logic; any thread.
 */
public final class NameRuleText {
    private static final String BUNDLE = "dev.hearth.client.i18n.NameRules";

    private NameRuleText() {}

    public static String describe(NameCheck.Rejected rejected, Locale locale) {
        ResourceBundle bundle = I18n.bundle(BUNDLE, locale);
        String noun = bundle.getString(rejected.kind() == NameKind.NICK ? "name.nick" : "name.room");
        return switch (rejected.violation()) {
            case NameViolation.Empty() -> I18n.format(bundle, "rule.empty", noun);
            case NameViolation.TooLong(int max, int actual) ->
                    I18n.format(bundle, "rule.tooLong", noun, String.valueOf(max), String.valueOf(actual));
            case NameViolation.ForbiddenStart(int codePoint) ->
                    I18n.format(bundle, "rule.forbiddenStart", noun, Character.toString(codePoint));
            case NameViolation.ForbiddenCharacter(var characterClass, int codePoint, int position) ->
                    I18n.format(bundle, "rule.forbiddenCharacter", noun, bundle.getString("class." + characterClass.name()),
                            String.format(Locale.ROOT, "U+%04X", codePoint), String.valueOf(position));
        };
    }
}
