package dev.hearth.client.app;

import dev.hearth.client.net.ConnectRequest;

/**
 * Until the chat screens are wired in: shows "Connecting to HOST:PORT as NICK…" with a way back,
 * so the app runs end to end. FX thread.
 */
public final class PlaceholderSessionStarter implements SessionStarter {

    @Override
    public Session start(ConnectRequest request, Shell shell) {
        shell.show(PlaceholderView.create(request, shell::showConnectScreen));
        return () -> { };
    }
}
