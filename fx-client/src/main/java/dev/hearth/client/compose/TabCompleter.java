package dev.hearth.client.compose;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Tab in the input box: completes the word before the caret. A nick starting the line becomes
 * {@code nick: }, elsewhere {@code nick }; {@code @ni} becomes {@code @nick }; {@code /jo}
 * becomes {@code /join }; after {@code /join}, {@code /leave}, {@code /who} and {@code /mute}
 * come rooms, after {@code /msg}, {@code /ignore} and {@code /unignore} nicks, after
 * {@code /help} commands. Tab again cycles through the matches; the session ends as soon as
 * the input shows anything else. One instance per input box, used on the UI thread only.
 */
public final class TabCompleter {
    private Completion session;

    /** @return the new input, or empty when nothing matches (the view may then move the focus) */
    public Optional<InputEdit> complete(String text, int caret, CompletionCandidates candidates) {
        if (session != null && session.shows(text, caret)) {
            session = session.next();
        } else {
            session = start(text, caret, candidates).orElse(null);
        }
        return Optional.ofNullable(session).map(Completion::edit);
    }

    /** Forget the session, e.g. when the conversation changes. */
    public void reset() {
        session = null;
    }

    private static Optional<Completion> start(String text, int caret, CompletionCandidates candidates) {
        int wordStart = wordStart(text, caret);
        String word = text.substring(wordStart, caret);
        String before = text.substring(0, wordStart);
        List<String> choices = choices(before, word, candidates);
        return choices.isEmpty() ? Optional.empty() : Optional.of(new Completion(before, text.substring(caret), choices, 0));
    }

    private static List<String> choices(String before, String word, CompletionCandidates candidates) {
        String[] earlier = before.strip().isEmpty() ? new String[0] : before.strip().split("\\s+");
        boolean inCommand = earlier.length > 0 && isCommandWord(earlier[0]);
        if (earlier.length == 0 && isCommandWord(word)) {
            return prefixed(word, 1, typed -> NamePrefix.matches(typed, HelpText.commandNames(), s -> s));
        }
        if (inCommand && earlier.length == 1) {
            return argument(earlier[0].substring(1), word, candidates);
        }
        if (inCommand && CommandSpec.byName(earlier[0].substring(1)).orElse(null) != CommandSpec.MSG) {
            return List.of();
        }
        return textWord(word, earlier.length == 0, candidates);
    }

    /** The first argument of a command: rooms, nicks or command names, by command. */
    private static List<String> argument(String command, String word, CompletionCandidates candidates) {
        Optional<CommandSpec> spec = CommandSpec.byName(command);
        if (spec.isEmpty()) {
            return List.of();
        }
        return switch (spec.get()) {
            case JOIN, LEAVE, WHO, MUTE -> optionallyPrefixed(word, '#', typed -> NamePrefix.rooms(typed, candidates.rooms()));
            case MSG, IGNORE, UNIGNORE -> optionallyPrefixed(word, '@', typed -> NamePrefix.nicks(typed, allNicks(candidates)));
            case HELP -> NamePrefix.matches(word, HelpText.commandNames(), s -> s).stream().map(name -> name + " ").toList();
            case LS, NICK, QUIT -> List.of();
        };
    }

    /** A word in message text: {@code @nick }, or a nick addressed at the start of the line. */
    private static List<String> textWord(String word, boolean lineStart, CompletionCandidates candidates) {
        if (!word.isEmpty() && CommandParser.isAt(word.codePointAt(0))) {
            return prefixed(word, 1, typed -> NamePrefix.nicks(typed, allNicks(candidates)));
        }
        if (word.isEmpty()) {
            return List.of();
        }
        String suffix = lineStart ? ": " : " ";
        return NamePrefix.nicks(word, allNicks(candidates)).stream().map(nick -> nick + suffix).toList();
    }

    /** Completes what follows the first {@code markerLength} chars of {@code word}, keeping them. */
    private static List<String> prefixed(String word, int markerLength, Function<String, List<String>> find) {
        String marker = word.substring(0, markerLength);
        return find.apply(word.substring(markerLength)).stream().map(name -> marker + name + " ").toList();
    }

    private static List<String> optionallyPrefixed(String word, char marker, Function<String, List<String>> find) {
        boolean marked = !word.isEmpty() && word.charAt(0) == marker;
        return prefixed(word, marked ? 1 : 0, find);
    }

    private static List<String> allNicks(CompletionCandidates candidates) {
        return Stream.concat(candidates.members().stream(), candidates.everyone().stream()).toList();
    }

    private static boolean isCommandWord(String word) {
        return !word.isEmpty() && CommandParser.isSlash(word.codePointAt(0))
                && !(word.length() > 1 && CommandParser.isSlash(word.codePointAt(1)));
    }

    private static int wordStart(String text, int caret) {
        int start = caret;
        while (start > 0 && !Character.isWhitespace(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start;
    }
}
