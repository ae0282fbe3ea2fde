package dev.hearth.client.chat;

/** What the input box does after Enter. */
public enum SubmitResult {
    /** Sent or run: clear the input and remember the line. */
    DONE,
    /** Not understood (the reason is shown): keep the text so the user can fix it. */
    KEEP_INPUT
}
