package dev.hearth.client.chat;

import java.util.regex.Pattern;

/**
 * Whether a message names us. Latin-like nicks must stand as a word ({@code ann} is not mentioned
 * by "annoying"); scripts written without spaces between words (Chinese, Japanese) match anywhere,
 * since "小明你好" does mention 小明.
 */
final class Mentions {

    private final Pattern pattern;

    Mentions(String nick) {
        String quoted = Pattern.quote(nick);
        String regex = writtenWithoutSpaces(nick) ? quoted : "(?<![\\p{L}\\p{N}_])" + quoted + "(?![\\p{L}\\p{N}_])";
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean in(String text) {
        return pattern.matcher(text).find();
    }

    private static boolean writtenWithoutSpaces(String nick) {
        return nick.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
    }
}
