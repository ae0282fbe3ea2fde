package dev.hearth.client.history;

import java.util.ArrayList;
import java.util.List;

/**
 * How a query is searched. Every whitespace-separated term must occur, anywhere, in any case:
 * {@code 天气} in {@code 今天天气很好}, {@code wea} in {@code Weather}. Terms of three characters
 * or more go through the trigram index; shorter ones (two Chinese characters are a whole word) are
 * checked by substring on the folded text, which the index narrows when there is a long term too.
 *
 * @param indexed the terms the trigram index can answer, as an FTS5 query, or null when none
 * @param short_  the folded terms shorter than a trigram
 */
record SearchPlan(String indexed, List<String> short_) {

    private static final int TRIGRAM = 3;

    static SearchPlan of(String query) {
        List<String> longTerms = new ArrayList<>();
        List<String> shortTerms = new ArrayList<>();
        for (String term : TextFold.fold(query).strip().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            (term.codePointCount(0, term.length()) >= TRIGRAM ? longTerms : shortTerms).add(term);
        }
        String indexed = longTerms.isEmpty() ? null
                : String.join(" ", longTerms.stream().map(t -> '"' + t.replace("\"", "\"\"") + '"').toList());
        return new SearchPlan(indexed, List.copyOf(shortTerms));
    }

    boolean empty() {
        return indexed == null && short_.isEmpty();
    }
}
