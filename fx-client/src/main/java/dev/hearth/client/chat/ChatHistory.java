package dev.hearth.client.chat;

import dev.hearth.client.history.ConversationRef;
import dev.hearth.client.history.Page;
import dev.hearth.client.history.SearchHit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The chat's side of the history on this computer: what was kept shows before connecting, older
 * pages come in on scrolling up, a reply's original or a search hit is revealed (paging in until
 * it is shown), and conversations are forgotten. Without a kept history every ask is answered
 * with nothing. Changes the {@link ChatState}; calls back into no one. FX thread.
 */
public final class ChatHistory {

    private final ChatState state;
    private final KeptHistory history;
    private final ChatText text;
    private final Quotes quotes;
    private final Set<Conversation> pagingIn = new HashSet<>();
    private final ObjectProperty<ChatLine.MessageLine> reveal = new SimpleObjectProperty<>();
    private String pendingNotice;

    /** @param history the history, or null when none is kept */
    ChatHistory(ChatState state, KeptHistory history, ChatText text) {
        this.state = state;
        this.history = history;
        this.text = text;
        this.quotes = new Quotes(history, text.format("line.deleted"));
        state.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && pendingNotice != null) {
                state.info(now, pendingNotice);
                pendingNotice = null;
            }
        });
    }

    /**
     * Shows what this computer kept of the direct conversations and of {@code rooms} (those we
     * are about to join again), before the relay has said anything. A history that cannot be
     * read is said in the chat; the chat goes on without it.
     */
    public void restoreKept(Collection<String> rooms) {
        if (history == null) {
            return;
        }
        Set<String> joining = new HashSet<>();
        rooms.forEach(r -> joining.add(dev.hearth.model.RoomNames.key(r)));
        try {
            for (KeptHistory.Kept kept : history.kept()) {
                boolean room = kept.ref().kind() == ConversationRef.Kind.ROOM;
                if (room && !joining.contains(dev.hearth.model.RoomNames.key(kept.ref().name()))) {
                    continue; // a room we left: its history stays searchable, not on the list
                }
                Conversation conversation = room ? state.room(kept.ref().name()) : state.direct(kept.ref().name());
                showStored(conversation, kept.newest());
            }
        } catch (java.sql.SQLException e) {
            say(text.format("history.unreadable", e.getMessage()));
        }
    }

    /** Keeping the history failed: said in the open conversation (or the next one to open). */
    public void historyProblem(String reason) {
        say(text.format("history.unwritable", reason));
    }

    /**
     * What opening the history file found: a damaged file set aside (history goes on in a new
     * one), or a file that cannot be used (nothing is kept this run).
     */
    public void fileNotice(String reason) {
        say(text.format(history != null ? "history.setaside" : "history.unusable", reason));
    }

    /** In the open conversation, or, before any is open (at start-up), in the first one opened. */
    private void say(String words) {
        if (state.selected() != null) {
            state.info(null, words);
        } else {
            pendingNotice = words;
        }
    }

    /** Whether this chat keeps its conversations on this computer. */
    public boolean keepsHistory() {
        return history != null && history.keeping();
    }

    /** "Forget this conversation": what this computer kept of it is deleted, and its lines go (the view asked first). */
    public void forget(Conversation conversation) {
        if (history != null) {
            history.forget(conversation);
            conversation.forgetShown();
            state.info(conversation, text.format("history.forgotten"));
        }
    }

    /** "Forget everything kept for this relay": every conversation's history here, under every nick. */
    public void forgetRelay() {
        if (history != null) {
            history.forgetRelay();
            for (Conversation conversation : state.conversations()) {
                conversation.forgetShown();
            }
            state.info(null, text.format("history.relay.forgotten"));
        }
    }

    /**
     * Ctrl+Shift+F: everything kept for this relay and nick, the newest hits first; {@code then}
     * gets them (nothing without a kept history).
     */
    public void searchEverything(String query, Consumer<List<SearchHit>> then) {
        if (!keepsHistory() || query.isBlank()) {
            then.accept(List.of());
        } else {
            history.search(null, query, 100, then);
        }
    }

    /** A hit of the global search: its conversation opens (from the history, if it was closed) at the message. */
    public void open(SearchHit hit) {
        Conversation conversation = hit.conversation().kind() == ConversationRef.Kind.ROOM
                ? state.room(hit.conversation().name()) : state.direct(hit.conversation().name());
        state.select(conversation);
        String mid = hit.line().message().mid();
        if (conversation.lines().isEmpty() && keepsHistory()) {
            history.older(conversation, page -> { // nothing shown yet: the newest page first, then back to the hit
                showStored(conversation, page);
                if (mid != null) {
                    revealIn(conversation, mid);
                }
            });
        } else if (mid != null) {
            revealIn(conversation, mid);
        }
    }

    /** The message a reply quotes, when this computer has it (shown, or kept and fetched). */
    public Optional<ChatLine.MessageLine> quoted(String mid) {
        Conversation open = state.selected();
        return open == null ? Optional.empty() : quotes.of(open, mid);
    }

    /** The line the view is to scroll to and select (a reply's original); set anew on each ask. */
    public ReadOnlyObjectProperty<ChatLine.MessageLine> revealProperty() {
        return reveal;
    }

    /**
     * Shows the message {@code mid} of the open conversation: at once when shown, else after
     * paging older history in until it is; a message this computer does not have is said so.
     */
    public void reveal(String mid) {
        Conversation open = state.selected();
        if (open != null) {
            revealIn(open, mid);
        }
    }

    private void revealIn(Conversation conversation, String mid) {
        Optional<ChatLine.MessageLine> shown = conversation.find(mid);
        if (shown.isPresent()) {
            reveal.set(null);
            reveal.set(shown.get());
        } else if (keepsHistory() && conversation.olderStoredProperty().get()) {
            history.older(conversation, page -> {
                showStored(conversation, page);
                revealIn(conversation, mid);
            });
        } else {
            state.info(conversation, text.format("line.reply.gone"));
        }
    }

    /** The reader scrolled to the top of {@code conversation}: the page before it comes in from this computer. */
    public void loadOlder(Conversation conversation) {
        if (keepsHistory() && conversation.olderStoredProperty().get() && pagingIn.add(conversation)) {
            history.older(conversation, page -> {
                pagingIn.remove(conversation);
                showStored(conversation, page);
            });
        }
    }

    private void showStored(Conversation conversation, Page page) {
        String deleted = text.format("line.deleted");
        List<ChatLine.MessageLine> lines = page.lines().stream().map(l -> KeptHistory.line(l, deleted)).toList();
        for (ChatLine.MessageLine line : lines) {
            if (line.seq() != null) {
                conversation.isNew(line.seq(), line.ts()); // so a relay without mids is not shown twice what was kept
            }
        }
        conversation.prependStored(lines, page.oldestId(), page.olderLeft());
    }

}
