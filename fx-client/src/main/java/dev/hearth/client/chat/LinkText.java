package dev.hearth.client.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits message text into plain runs and web links, so links can be made clickable. */
final class LinkText {

    /** One run of a message: a link or plain text. */
    record Run(String text, boolean link) {}

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that usually ends the sentence, not the link: "see https://x.org/a." */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]}'»”。，！？）]+$");

    private LinkText() {}

    static List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        int at = 0;
        while (matcher.find()) {
            String url = matcher.group();
            Matcher trailing = TRAILING.matcher(url);
            if (trailing.find()) {
                url = url.substring(0, trailing.start());
            }
            if (url.length() <= "https://".length()) {
                continue;
            }
            if (matcher.start() > at) {
                runs.add(new Run(text.substring(at, matcher.start()), false));
            }
            runs.add(new Run(url, true));
            at = matcher.start() + url.length();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
