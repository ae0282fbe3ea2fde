package dev.hearth.client.chat;

import dev.hearth.client.net.RelayLink;

/**
 * What the user can do with a line the relay refused: send it again as it was, take it back into
 * the input box to change it, or drop it. A line that is not (or no longer) failed is left alone.
 */
public final class FailedLines {

    private final ChatState state;
    private final RelayLink link;
    private final Draft draft;

    FailedLines(ChatState state, RelayLink link, Draft draft) {
        this.state = state;
        this.link = link;
        this.draft = draft;
    }

    /** Sends it again; it stays where it was sent, waiting for its echo. */
    public void retry(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (conversation != null) {
            String id = conversation.kind() == ConversationKind.ROOM
                    ? link.say(conversation.name(), line.text(), line.reply())
                    : link.dm(conversation.name(), line.text(), line.reply());
            conversation.resendFailed(line.clientId(), line.resent(id));
        }
    }

    /** Back into the input box to be changed and sent again (a draft there is kept below it). */
    public void edit(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (conversation != null && conversation.removeFailed(line.clientId())) {
            state.select(conversation);
            draft.takeBack(line.text());
        }
    }

    /** Dropped for good. */
    public void dismiss(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (conversation != null) {
            conversation.removeFailed(line.clientId());
        }
    }

    private Conversation holderOf(ChatLine.MessageLine line) {
        if (line.delivery() != Delivery.FAILED || line.clientId() == null) {
            return null;
        }
        return state.conversations().stream().filter(c -> c.failedLine(line.clientId()) != null).findFirst().orElse(null);
    }
}
