package dev.hearth.client.emoji;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The emoji a person can pick, each with its Unicode name to search by ("THUMBS UP SIGN" is found
 * by "thumb"). Skin-tone variants are left out of the list (the plain emoji stands for them) and
 * so are keycap and tag sequences, which nobody looks for by name. Any thread once built.
 */
public final class EmojiCatalogue {

    /** One emoji and the words it is found by. */
    public record Entry(String emoji, String name) {}

    /** What a reaction row offers first, as other chat apps do. */
    public static final List<String> FREQUENT = List.of("👍", "❤️", "😂", "😮", "😢", "🙏", "🎉", "👀");

    private static final int FIRST_SKIN_TONE = 0x1F3FB;
    private static final int LAST_SKIN_TONE = 0x1F3FF;

    private final List<Entry> entries;

    private EmojiCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static EmojiCatalogue of(EmojiIndex index) {
        List<Entry> entries = new ArrayList<>();
        for (String sequence : index.sequences()) {
            if (sequence.codePoints().anyMatch(cp -> cp >= FIRST_SKIN_TONE && cp <= LAST_SKIN_TONE || cp == 0x20E3 || cp >= 0xE0000)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            sequence.codePoints().filter(cp -> cp != 0x200D && cp != 0xFE0F).forEach(cp -> {
                String one = UCharacter.getName(cp);
                if (one != null) {
                    name.append(name.isEmpty() ? "" : " ").append(one.toLowerCase(Locale.ROOT));
                }
            });
            entries.add(new Entry(sequence, name.toString()));
        }
        entries.sort(Comparator.comparing(Entry::emoji, Comparator.comparingInt((String e) -> e.codePointAt(0))
                .thenComparing(Comparator.naturalOrder())));
        return new EmojiCatalogue(entries);
    }

    public List<Entry> all() {
        return entries;
    }

    /** The emoji whose name holds every word of {@code query}, in any case; all of them for a blank query. */
    public List<Entry> search(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (query.isBlank()) {
            return entries;
        }
        return entries.stream().filter(e -> java.util.Arrays.stream(words).allMatch(e.name()::contains)).toList();
    }
}
