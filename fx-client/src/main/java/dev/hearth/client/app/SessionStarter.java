package dev.hearth.client.app;

import dev.hearth.client.net.ConnectRequest;

/**
 * The one seam between the shell and a chat session: given the user's {@link ConnectRequest},
 * start talking to the relay and take over the window. The real one builds the
 * {@code RelayClient}, the chat view model and the main view; the default,
 * {@link PlaceholderSessionStarter}, only shows "connecting…". Called on the FX thread.
 *
 * <p>The real one, roughly: an {@code FxHandOff<ClientEvent>} on {@code Platform::runLater} feeds
 * a {@code RelayClient}'s events to the chat view model, except that {@code TrustNeeded} opens
 * {@code TrustDialogs.askTrust} (trust: {@code client.trustAndConnect}; cancel:
 * {@code shell.showConnectScreen()}), {@code PinMismatch} opens {@code TrustDialogs.showMismatch},
 * and {@code LoginRefused} goes to {@code shell.showRefusal}; {@code shell.show(mainView)}, then
 * {@code client.connect(request)}, and return {@code client::close}.
 */
@FunctionalInterface
public interface SessionStarter {

    /**
     * @param request what the user asked for
     * @param shell   the window and the ways back to the connect screen
     * @return the running session; the shell closes it when the user goes back or the app stops
     */
    Session start(ConnectRequest request, Shell shell);

    /** A running chat session. */
    @FunctionalInterface
    interface Session {
        /** Ends the session (closes the relay client); called once, on the FX thread. */
        void close();

        /** Keeping the history failed (a full disk, say): the session says so where the user looks. */
        default void historyProblem(String reason) { }
    }
}
