package dev.hearth.client.notify;

/**
 * Shows a desktop notification. Implementations return at once and never throw: a notification
 * that cannot be shown is simply not shown. Callable from any thread, the FX thread included.
 */
public interface Notifier {

    /** @param title short, e.g. the room or sender; {@code body} the text a person reads */
    void show(String title, String body);

    /** Shows nothing; what every platform degrades to. */
    Notifier NONE = (title, body) -> { };
}
