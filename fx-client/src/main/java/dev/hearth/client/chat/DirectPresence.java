package dev.hearth.client.chat;

import dev.hearth.client.net.RelayLink;
import dev.hearth.model.Nicknames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps each direct conversation's "online" mark current. The relay announces people only to
 * rooms they share with us, so we ask it (a quiet relay-wide {@code who}) when a direct
 * conversation is opened, when its person may have gone, and every half minute while one is
 * shown. FX thread only.
 */
final class DirectPresence {
    static final Duration RECHECK = Duration.ofSeconds(30);

    private final RelayLink link;
    private Instant lastAsked;

    DirectPresence(RelayLink link) {
        this.link = link;
    }

    void ask(Instant now) {
        link.checkOnline();
        lastAsked = now;
    }

    /** Asks again when a direct conversation is on screen and the last answer is getting old. */
    void tick(Instant now, Conversation shown, boolean connected) {
        if (connected && shown != null && shown.kind() == ConversationKind.DIRECT
                && (lastAsked == null || !now.isBefore(lastAsked.plus(RECHECK)))) {
            ask(now);
        }
    }

    /** Everyone online on the relay, from a relay-wide {@code who}: every direct conversation learns its state. */
    static void onlineNow(List<String> nicks, List<Conversation> conversations) {
        Set<String> keys = nicks.stream().map(Nicknames::key).collect(Collectors.toSet());
        for (Conversation c : conversations) {
            if (c.kind() == ConversationKind.DIRECT) {
                c.setOnline(keys.contains(Nicknames.key(c.name())) ? Online.ONLINE : Online.OFFLINE);
            }
        }
    }
}
