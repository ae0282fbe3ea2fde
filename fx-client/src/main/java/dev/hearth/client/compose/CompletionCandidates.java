package dev.hearth.client.compose;

import java.util.List;

/**
 * What Tab may offer, in the order it offers it. Nicks: the current conversation's members
 * first (e.g. recent speakers first), then everyone else known; leave your own nick out.
 * Duplicates (same uniqueness key) are offered once, at their first place.
 */
public record CompletionCandidates(List<String> members, List<String> everyone, List<String> rooms) {
    public CompletionCandidates {
        members = List.copyOf(members);
        everyone = List.copyOf(everyone);
        rooms = List.copyOf(rooms);
    }
}
