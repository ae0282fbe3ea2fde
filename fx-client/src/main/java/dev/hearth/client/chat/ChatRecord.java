package dev.hearth.client.chat;

import java.time.Instant;

/**
 * Where the chat keeps a copy of what the relay said: the history on this computer, or nowhere.
 * Called on the FX thread; an implementation hands the work to its own thread.
 */
interface ChatRecord {

    ChatRecord NOWHERE = new ChatRecord() {
        @Override
        public void message(Conversation where, ChatLine.MessageLine line) { }

        @Override
        public void edited(Conversation where, String mid, String text, Instant at) { }

        @Override
        public void deleted(Conversation where, String mid) { }

        @Override
        public void reaction(Conversation where, String mid, String emoji, String nick, boolean on) { }

        @Override
        public void batchDone() { }
    };

    /** A confirmed message, new or a copy of one already kept (its current state). */
    void message(Conversation where, ChatLine.MessageLine line);

    void edited(Conversation where, String mid, String text, Instant at);

    void deleted(Conversation where, String mid);

    void reaction(Conversation where, String mid, String emoji, String nick, boolean on);

    /** The end of a batch of the relay's events: what it changed is kept now, together. */
    void batchDone();
}
