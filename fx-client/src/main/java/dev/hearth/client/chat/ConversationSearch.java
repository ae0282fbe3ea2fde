package dev.hearth.client.chat;

import dev.hearth.client.history.SearchHit;
import dev.hearth.client.history.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Ctrl+F: finds a query in the open conversation, its whole kept history included, and steps
 * through the hits from the newest back ({@link #previous}) and forward again ({@link #next}).
 * Without a kept history (or once it is turned off) it searches the lines shown. Every term must
 * occur, in any case, as in the history's search. The current hit is a mid the view model
 * reveals; the terms let each line mark the words found. FX thread.
 */
public final class ConversationSearch {

    static final int MOST_HITS = 500;

    private final ChatState state;
    private final KeptHistory history;
    private final ChatText text;
    private final ObjectProperty<Set<String>> hits = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<String> current = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> terms = new SimpleObjectProperty<>(List.of());
    private final StringProperty status = new SimpleStringProperty("");
    private List<String> newestFirst = List.of();
    private int at = -1;
    private int asked;

    ConversationSearch(ChatState state, KeptHistory history, ChatText text) {
        this.state = state;
        this.history = history;
        this.text = text;
        state.selectedProperty().addListener((obs, was, now) -> clear());
    }

    /** The mids of every hit, for the lines to mark. */
    public ReadOnlyObjectProperty<Set<String>> hitsProperty() {
        return hits;
    }

    /** The folded terms of the search whose hits are marked, for the lines to mark the words. */
    public ReadOnlyObjectProperty<List<String>> termsProperty() {
        return terms;
    }

    /** The hit shown now, or null. */
    public ReadOnlyObjectProperty<String> currentProperty() {
        return current;
    }

    /** "3 of 12", "No messages found", or nothing. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Searches the open conversation for {@code query}; the newest hit becomes the current one. */
    public void find(String query) {
        Conversation open = state.selected();
        int ask = ++asked;
        if (open == null || query.isBlank()) {
            clear();
            return;
        }
        if (history != null && history.keeping()) {
            history.search(open, query, MOST_HITS, found -> {
                if (ask == asked && state.selected() == open) {
                    show(query, found.stream().map(h -> h.line().message().mid()).filter(java.util.Objects::nonNull).toList());
                }
            });
        } else {
            show(query, shownHits(open, query));
        }
    }

    private static List<String> shownHits(Conversation open, String query) {
        List<String> terms = termsOf(query);
        List<String> found = new ArrayList<>();
        for (int i = open.lines().size() - 1; i >= 0; i--) {
            if (open.lines().get(i) instanceof ChatLine.MessageLine m && m.mid() != null && !m.deleted()) {
                String folded = TextFold.fold(m.text());
                if (terms.stream().allMatch(folded::contains)) {
                    found.add(m.mid());
                }
            }
        }
        return found;
    }

    private static List<String> termsOf(String query) {
        return List.of(TextFold.fold(query).strip().split("\\s+"));
    }

    private void show(String query, List<String> mids) {
        terms.set(termsOf(query));
        newestFirst = List.copyOf(mids);
        hits.set(Set.copyOf(mids));
        at = mids.isEmpty() ? -1 : 0;
        moved();
    }

    /** The next older hit (Enter, Shift+F3 in other apps: here the up arrow beside the field). */
    public void previous() {
        if (!newestFirst.isEmpty()) {
            at = Math.min(at + 1, newestFirst.size() - 1);
            moved();
        }
    }

    /** The next newer hit. */
    public void next() {
        if (!newestFirst.isEmpty()) {
            at = Math.max(at - 1, 0);
            moved();
        }
    }

    public void clear() {
        asked++;
        newestFirst = List.of();
        terms.set(List.of());
        hits.set(Set.of());
        at = -1;
        current.set(null);
        status.set("");
    }

    private void moved() {
        if (at < 0) {
            current.set(null);
            status.set(text.format("search.none"));
            return;
        }
        current.set(null);
        current.set(newestFirst.get(at));
        // Counted from the oldest, as a reader scrolling down counts.
        status.set(text.format("search.position", newestFirst.size() - at, newestFirst.size()));
    }
}
