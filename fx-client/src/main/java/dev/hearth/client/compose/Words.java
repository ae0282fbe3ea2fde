package dev.hearth.client.compose;

/**
 * A line cut after its first word. {@code rest} starts at the whitespace that ended the word,
 * untouched, because message text must keep its spaces and line breaks.
 */
record Words(String first, String rest) {

    static Words split(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return new Words(s.substring(0, end), s.substring(end));
    }
}
