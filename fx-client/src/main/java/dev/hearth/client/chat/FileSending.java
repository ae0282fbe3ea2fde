package dev.hearth.client.chat;

import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.net.OutgoingFile;
import dev.hearth.client.net.RelayLink;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a prepared file to the selected conversation (protocol 1.1): it shows at once as our own
 * pending line carrying the file, whose progress {@link FileTransfers} follows under the line's
 * id, and becomes the relay's message once the upload is delivered. FX thread only.
 */
final class FileSending {

    /** What became of a file the user chose to send. */
    enum Outcome {
        SENT,
        /** No conversation is open. */
        NOWHERE,
        /** The relay takes no files (an older relay, or files turned off). */
        NO_FILES,
        /** Larger than the relay takes. */
        TOO_LARGE,
        /** The caption is longer than the relay takes. */
        CAPTION_TOO_LONG
    }

    private final ChatState chat;
    private final RelayLink link;
    /** Our files on their way, by their line's request id: kept to send again (Retry) until delivered. */
    private final Map<String, OutgoingFile> underWay = new HashMap<>();

    FileSending(ChatState chat, RelayLink link) {
        this.chat = chat;
        this.link = link;
    }

    /** @param caption words sent with it (blank: none); @param replyMid the message it answers, or null */
    Outcome send(PreparedFile prepared, String caption, String replyMid) {
        Conversation conversation = chat.selected();
        if (conversation == null) {
            return Outcome.NOWHERE;
        }
        long maxFile = chat.relay().maxFileProperty().get();
        OutgoingFile file = prepared.file();
        if (maxFile <= 0) {
            return Outcome.NO_FILES;
        }
        if (file.size() > maxFile) {
            return Outcome.TOO_LARGE;
        }
        String words = caption == null || caption.isBlank() ? null : caption.strip();
        if (words != null && words.codePointCount(0, words.length()) > chat.relay().maxTextProperty().get()) {
            return Outcome.CAPTION_TOO_LONG;
        }
        boolean direct = conversation.kind() == ConversationKind.DIRECT;
        String id = link.sendFile(direct ? null : conversation.name(), direct ? conversation.name() : null, file, words,
                replyMid);
        underWay.put(id, file);
        ChatLine.Attachment attachment = new ChatLine.Attachment(null, file.name(), file.mime(), file.size(),
                file.sha256(), file.thumb());
        conversation.addUnsent(ChatLine.MessageLine.pending(chat.now(), chat.ownNick(), words == null ? "" : words, id,
                replyMid, attachment));
        return Outcome.SENT;
    }

    /** Whether {@code line} is a file of ours this window can send again. */
    boolean canResend(ChatLine.MessageLine line) {
        return line.clientId() != null && underWay.containsKey(line.clientId());
    }

    /**
     * Offers the file of our failed {@code line} again, to {@code conversation}; returns the new
     * request id, or null when the file is not kept here (the window was reopened since).
     */
    String resend(Conversation conversation, ChatLine.MessageLine line) {
        OutgoingFile file = underWay.remove(line.clientId());
        if (file == null) {
            return null;
        }
        boolean direct = conversation.kind() == ConversationKind.DIRECT;
        String caption = line.text().isEmpty() ? null : line.text();
        String id = link.sendFile(direct ? null : conversation.name(), direct ? conversation.name() : null, file, caption,
                line.reply());
        underWay.put(id, file);
        return id;
    }

    /** Delivered, or dismissed: its bytes need not be kept. */
    void delivered(String id) {
        underWay.remove(id);
    }
}
