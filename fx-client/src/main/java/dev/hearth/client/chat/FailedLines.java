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
    private final FileSending files;

    FailedLines(ChatState state, RelayLink link, Draft draft, FileSending files) {
        this.state = state;
        this.link = link;
        this.draft = draft;
        this.files = files;
    }

    /** Sends it again (a file: offered and uploaded again); it stays where it was sent, waiting for its echo. */
    public void retry(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (conversation == null) {
            return;
        }
        String id;
        if (line.file() != null) {
            id = files.resend(conversation, line);
            if (id == null) {
                return;
            }
        } else {
            id = conversation.kind() == ConversationKind.ROOM
                    ? link.say(conversation.name(), line.text(), line.reply())
                    : link.dm(conversation.name(), line.text(), line.reply());
        }
        conversation.resendFailed(line.clientId(), line.resent(id));
    }

    /** Whether Retry can send {@code line} again: any text, and a file this window still holds. */
    public boolean canRetry(ChatLine.MessageLine line) {
        return line.file() == null || files.canResend(line);
    }

    /** Back into the input box to be changed and sent again (a draft there is kept below it); not a file. */
    public void edit(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (line.file() == null && conversation != null && conversation.removeFailed(line.clientId())) {
            state.select(conversation);
            draft.takeBack(line.text());
        }
    }

    /** Dropped for good. */
    public void dismiss(ChatLine.MessageLine line) {
        Conversation conversation = holderOf(line);
        if (conversation != null) {
            conversation.removeFailed(line.clientId());
            files.delivered(line.clientId());
        }
    }

    private Conversation holderOf(ChatLine.MessageLine line) {
        if (line.delivery() != Delivery.FAILED || line.clientId() == null) {
            return null;
        }
        return state.conversations().stream().filter(c -> c.failedLine(line.clientId()) != null).findFirst().orElse(null);
    }
}
