package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs are written with {@code |} for the caret; "none" means Tab does nothing. */
class TabCompleterTest {
    private static final CompletionCandidates CANDIDATES = new CompletionCandidates(
            List.of("bob", "Bea", "小明"),
            List.of("alice", "bob", "BOBBY", "小红", "Zoë"),
            List.of("lobby", "Lounge", "茶馆"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', value = {
        "b|               → bob: |",
        "hi b|            → hi bob |",
        "\"hi  there b|\" → \"hi  there bob |\"",
        "@b|              → @bob |",
        "@|               → @bob |",
        "hi @小|          → hi @小明 |",
        "小|              → 小明: |",
        "hi 小红 小|      → hi 小红 小明 |",
        "AL|              → alice: |",
        "zo|              → Zoë: |",
        "zoe\u0308|       → Zoë: |",
        "zoe|             → none",
        "\"b| rest\"      → \"bob: |rest\"",
        "\"b|rest\"       → \"bob: |rest\"",
        "/jo|             → /join |",
        "/J|              → /join |",
        "／jo|            → ／join |",
        "/un|             → /unignore |",
        "/h|              → /help |",
        "/help j|         → /help join |",
        "/join l|         → /join lobby |",
        "/join #l|        → /join #lobby |",
        "/JOIN LO|        → /JOIN lobby |",
        "\"/join |\"      → \"/join lobby |\"",
        "/leave 茶|       → /leave 茶馆 |",
        "/who lou|        → /who Lounge |",
        "/mute l|         → /mute lobby |",
        "/msg 小|         → /msg 小明 |",
        "/msg @a|         → /msg @alice |",
        "/ignore BO|      → /ignore bob |",
        "/unignore al|    → /unignore alice |",
        "/msg bob hi a|   → /msg bob hi alice |",
        "/nick b|         → none",
        "/quit b|         → none",
        "/join lobby l|   → none",
        "/frob a|         → none",
        "//jo|            → none",
        "/xyz|            → none",
        "x|               → none",
        "|                → none",
        "\"hi |\"         → none",
    })
    void completesTheWordBeforeTheCaret(String input, String expected) {
        Optional<InputEdit> edit = complete(new TabCompleter(), input);
        assertEquals(expected, edit.map(TabCompleterTest::show).orElse("none"));
    }

    @Test
    void repeatedTabCyclesThroughMatchesMembersFirstThenWrapsAround() {
        assertEquals(List.of("bob: |", "Bea: |", "BOBBY: |", "bob: |"), tabs("b|", 4));
        assertEquals(List.of("hi @小明 |", "hi @小红 |", "hi @小明 |"), tabs("hi @小|", 3));
        assertEquals(List.of("/join lobby |", "/join Lounge |", "/join lobby |"), tabs("/join l|", 3));
    }

    @Test
    void anyOtherChangeToTheInputStartsANewSession() {
        TabCompleter completer = new TabCompleter();
        assertEquals("bob: |", show(complete(completer, "b|").orElseThrow()));
        assertEquals("bob: hi bob |", show(complete(completer, "bob: hi b|").orElseThrow()));
        assertEquals("bob: hi Bea |", show(complete(completer, "bob: hi bob |").orElseThrow()));
        // typed over the completion: a fresh word, nothing left to cycle
        assertEquals(Optional.empty(), complete(completer, "bob: hi Bea x |"));
        // same text, caret moved elsewhere: not a continuation
        assertEquals("Bea: |hi Bea ", show(complete(completer, "Be|hi Bea ").orElseThrow()));
    }

    @Test
    void resetForgetsTheSession() {
        TabCompleter completer = new TabCompleter();
        complete(completer, "b|");
        completer.reset();
        // "bob: " was produced from "b"; after a reset it completes the word "bob:" afresh
        assertEquals(Optional.empty(), complete(completer, "bob: |"));
    }

    @Test
    void aNickListedTwiceUnderDifferentCaseIsOfferedOnce() {
        CompletionCandidates twice = new CompletionCandidates(List.of("Bob"), List.of("bob", "BOB", "bobby"), List.of());
        assertEquals(List.of("Bob: |", "bobby: |", "Bob: |"), tabs(new TabCompleter(), "b|", 3, twice));
    }

    private static List<String> tabs(String input, int times) {
        return tabs(new TabCompleter(), input, times, CANDIDATES);
    }

    private static List<String> tabs(TabCompleter completer, String input, int times, CompletionCandidates candidates) {
        List<String> shown = new ArrayList<>();
        String current = input;
        for (int i = 0; i < times; i++) {
            current = show(complete(completer, current, candidates).orElseThrow());
            shown.add(current);
        }
        return shown;
    }

    private static Optional<InputEdit> complete(TabCompleter completer, String input) {
        return complete(completer, input, CANDIDATES);
    }

    private static Optional<InputEdit> complete(TabCompleter completer, String input, CompletionCandidates candidates) {
        int caret = input.indexOf('|');
        return completer.complete(input.substring(0, caret) + input.substring(caret + 1), caret, candidates);
    }

    private static String show(InputEdit edit) {
        return edit.text().substring(0, edit.caret()) + "|" + edit.text().substring(edit.caret());
    }
}
