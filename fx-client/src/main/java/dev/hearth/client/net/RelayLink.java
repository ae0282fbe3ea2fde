package dev.hearth.client.net;

/**
 * The requests the chat screens make of the relay. Every method returns at once (the socket
 * work happens on the client's own threads) and may be called while disconnected: requests wait
 * for the next connection, and {@code say}/{@code dm} stay unconfirmed, and are resent, until
 * their echo arrives.
 */
public interface RelayLink {

    /** Sends room text; returns the request id its echo (or error) will carry. */
    String say(String room, String text);

    /** Sends a direct message; returns the request id its echo (or error) will carry. */
    String dm(String to, String text);

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
}
