package dev.hearth.client.chat;

/** What the input box does after Enter. */
public enum SubmitResult {
    /** Sent or run: clear the input and remember the line. */
    DONE,
    /**
     * A command not understood (the reason is shown): clear the input, as IRC clients do, so what
     * is typed next does not append to it, and remember the line so ↑ brings it back to fix.
     */
    NOT_UNDERSTOOD,
    /** Nothing to send, nowhere to send it, or too long to send (the input says so): keep the text. */
    KEEP_INPUT
}
