package dev.hearth.client.net;

/**
 * The requests the chat screens make of the relay. Every method returns at once (the socket
 * work happens on the client's own threads) and may be called while disconnected: requests wait
 * for the next connection, and {@code say}/{@code dm} stay unconfirmed, and are resent, until
 * their echo arrives.
 */
public interface RelayLink {

    /** Sends room text; returns the request id its echo (or error) will carry. */
    default String say(String room, String text) {
        return say(room, text, null);
    }

    /** Sends room text answering the message {@code reply} (a mid; null for none). */
    String say(String room, String text, String reply);

    /** Sends a direct message; returns the request id its echo (or error) will carry. */
    default String dm(String to, String text) {
        return dm(to, text, null);
    }

    /** Sends a direct message answering the message {@code reply} (a mid; null for none). */
    String dm(String to, String text, String reply);

    /** Turns our reaction {@code emoji} on or off under message {@code mid} (protocol 1.1). */
    void react(String mid, String emoji, boolean on);

    /** Replaces the text of our message {@code mid} (protocol 1.1). */
    void edit(String mid, String text);

    /** Deletes our message {@code mid} for everyone (protocol 1.1). */
    void delete(String mid);

    void join(String room);

    void leave(String room);

    /** Members of {@code room}, or everyone online when {@code room} is null. */
    void who(String room);

    /**
     * Asks who is online for the client's own bookkeeping: the answer is a relay-wide {@code who}
     * carrying {@link #ONLINE_CHECK_ID}, to be applied quietly rather than shown.
     */
    void checkOnline();

    /** The request id of {@link #checkOnline}'s question and answer. */
    String ONLINE_CHECK_ID = "online-check";

    void mute(String room, boolean on);

    void ignore(String nick, boolean on);

    void rename(String nick);

    /**
     * The request id every {@link #typing} carries, so an error answering one (the person went
     * offline) is recognised and not shown as if the user had done something.
     */
    String TYPING_ID = "typing";

    /** Typing state in a room ({@code room} set) or towards one person ({@code to} set). */
    void typing(String room, String to, boolean on);

    /** Ends the session for good ({@code bye}) and stops reconnecting. */
    void leaveRelay();

    /**
     * Offers a file (protocol 1.1) to {@code room} or to the person {@code to} (the other null),
     * with a caption (null for none) answering {@code reply} (null for none), and uploads it once
     * the relay takes it, again from the start after a dropped connection. Returns the request id
     * its echo (the delivered file's message) or its failure will carry.
     */
    String sendFile(String room, String to, OutgoingFile file, String caption, String reply);

    /** Stops uploading the file offered as {@code id}; what the relay got of it is dropped there. */
    void cancelUpload(String id);

    /** Fetches the file {@code blob} into {@code target} (written beside it, moved there once checked). */
    void fetchFile(String blob, long size, String sha256, java.nio.file.Path target);

    /** Stops fetching {@code blob}. */
    void cancelFetch(String blob);
}
