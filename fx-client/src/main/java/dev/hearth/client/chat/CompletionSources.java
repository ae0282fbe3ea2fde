package dev.hearth.client.chat;

import dev.hearth.client.compose.CompletionCandidates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names Tab can complete in the open conversation, read from the chat state. */
final class CompletionSources {

    private CompletionSources() {
    }

    /** This conversation's members first, then everyone we know of; rooms from the relay and ours. */
    static CompletionCandidates of(ChatState state) {
        Conversation here = state.selected();
        String ownNick = state.ownNick();
        List<String> members = here == null ? List.of()
                : here.kind() == ConversationKind.ROOM ? here.members() : List.of(here.name());
        Set<String> everyone = new LinkedHashSet<>(members);
        Set<String> rooms = new LinkedHashSet<>(state.relay().rooms());
        for (Conversation c : state.conversations()) {
            if (c.kind() == ConversationKind.ROOM) {
                everyone.addAll(c.members());
                rooms.add(c.name());
            } else {
                everyone.add(c.name());
            }
        }
        everyone.remove(ownNick);
        return new CompletionCandidates(members.stream().filter(m -> !m.equals(ownNick)).toList(),
                List.copyOf(everyone), List.copyOf(rooms));
    }
}
