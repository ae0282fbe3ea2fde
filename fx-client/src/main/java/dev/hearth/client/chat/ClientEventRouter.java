package dev.hearth.client.chat;

import dev.hearth.client.net.ClientEvent;
import java.util.List;

/**
 * The one place every {@link ClientEvent} is routed: what needs the whole window (a trust
 * question, a changed key, a refused login, a relay unreachable before the first login) to the
 * window, the rest to the chat, a batch at a time. One exhaustive switch with no default, so a
 * new kind of event does not compile until it has a destination. FX thread.
 */
public final class ClientEventRouter {

    /** What only the application window can do about an event. */
    public interface Window {
        void trustNeeded(ClientEvent.TrustNeeded question);

        void pinMismatch(ClientEvent.PinMismatch mismatch);

        void loginRefused(ClientEvent.LoginRefused refused);

        /** The relay could not be reached before the session ever logged in: back to the form. */
        void unreachable(ClientEvent.Problem problem);

        /** Logged in as {@code nick}: the connect screen remembers the relay. */
        void loggedIn(String nick);
    }

    private final ChatViewModel chat;
    private final Window window;
    private boolean everLoggedIn;

    public ClientEventRouter(ChatViewModel chat, Window window) {
        this.chat = chat;
        this.window = window;
    }

    /** Routes one batch from the hand-off; the chat's lists change once at its end. */
    public void route(List<ClientEvent> batch) {
        for (ClientEvent event : batch) {
            switch (event) {
                case ClientEvent.StatusChanged changed -> chat.events().statusChanged(changed);
                case ClientEvent.LoggedIn in -> {
                    everLoggedIn = true;
                    window.loggedIn(in.welcome().nick());
                    chat.events().loggedIn(in);
                }
                case ClientEvent.Received received -> chat.events().received(received.envelope());
                case ClientEvent.Problem problem when !everLoggedIn -> window.unreachable(problem);
                case ClientEvent.Problem problem -> chat.events().problem(problem);
                case ClientEvent.LoginRefused refused -> window.loginRefused(refused);
                case ClientEvent.TrustNeeded question -> window.trustNeeded(question);
                case ClientEvent.PinMismatch mismatch -> window.pinMismatch(mismatch);
                case ClientEvent.UploadProgress transfer -> chat.events().transfer(transfer);
                case ClientEvent.UploadFailed transfer -> chat.events().transfer(transfer);
                case ClientEvent.FetchProgress transfer -> chat.events().transfer(transfer);
                case ClientEvent.FetchDone transfer -> chat.events().transfer(transfer);
                case ClientEvent.FetchFailed transfer -> chat.events().transfer(transfer);
            }
        }
        chat.events().batchDone();
    }
}
