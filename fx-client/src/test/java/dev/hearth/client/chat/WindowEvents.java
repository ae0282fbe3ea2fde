package dev.hearth.client.chat;

import dev.hearth.client.net.ClientEvent;
import java.util.ArrayList;
import java.util.List;

/** The window's side of the {@link ClientEventRouter} for view-model tests: records what reached it. */
final class WindowEvents implements ClientEventRouter.Window {

    final List<String> seen = new ArrayList<>();

    @Override
    public void trustNeeded(ClientEvent.TrustNeeded question) {
        seen.add("trust " + question.fingerprint());
    }

    @Override
    public void pinMismatch(ClientEvent.PinMismatch mismatch) {
        seen.add("mismatch " + mismatch.presented());
    }

    @Override
    public void loginRefused(ClientEvent.LoginRefused refused) {
        seen.add("refused " + refused.error().code());
    }

    @Override
    public void unreachable(ClientEvent.Problem problem) {
        seen.add("unreachable " + problem.cause());
    }

    @Override
    public void loggedIn(String nick) {
        seen.add("logged in " + nick);
    }
}
