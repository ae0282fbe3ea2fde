package dev.hearth.client.chat;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The chat screens' strings ({@code MainView} bundle). Any thread; immutable. */
public final class ChatText {

    private final ResourceBundle bundle;

    public ChatText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of the UI's current locale. */
    public static ChatText current() {
        return new ChatText(I18n.bundle(MainView.class.getName()));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String format(String key, Object... args) {
        return I18n.format(bundle, key, args);
    }

    /** Why the connection failed, in the UI's language; the technical detail only where we have no better words. */
    public String problem(ClientEvent.Problem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        return format("problem.cause." + problem.cause().name(), detail);
    }

    /** A readable sentence for an error code from the relay; the relay's own message when the code is new to us. */
    public String error(String code, String relayMessage) {
        try {
            return format("error." + code);
        } catch (MissingResourceException unknown) {
            return format("error.other", code, relayMessage == null ? "" : relayMessage);
        }
    }
}
