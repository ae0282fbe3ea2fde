package dev.hearth.client.chat;

import dev.hearth.client.compose.TypingChange;
import dev.hearth.client.compose.TypingSignal;
import dev.hearth.client.compose.TypingTarget;
import dev.hearth.client.net.RelayLink;
import java.time.InstantSource;
import java.util.List;

/** Tells the others when we type, through the compose package's {@link TypingSignal}. FX thread. */
final class TypingOut {

    private final TypingSignal signal;
    private final RelayLink link;

    TypingOut(InstantSource clock, RelayLink link) {
        this.signal = new TypingSignal(clock);
        this.link = link;
    }

    void conversationChanged(Conversation now) {
        send(signal.conversationChanged(now == null ? null : target(now)));
    }

    void edited(String draft) {
        send(signal.edited(draft));
    }

    void sent() {
        send(signal.sent());
    }

    void tick() {
        send(signal.tick());
    }

    private void send(List<TypingChange> changes) {
        for (TypingChange change : changes) {
            link.typing(change.room(), change.to(), change.on());
        }
    }

    private static TypingTarget target(Conversation conversation) {
        return conversation.kind() == ConversationKind.ROOM
                ? new TypingTarget.Room(conversation.name())
                : new TypingTarget.Direct(conversation.name());
    }
}
