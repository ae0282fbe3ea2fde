package dev.hearth.client.testing;

import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.protocol.Joined;
import java.nio.file.Path;
import java.time.Duration;

/** A second person on a headless client of their own, logged in (and in a room) before the test goes on. */
public final class Friend {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Friend() {}

    /**
     * Logs {@code nick} in to {@code relay}, its settings under {@code config}, and joins {@code room}
     * unless it is null; {@code log} records what it receives. The caller closes the client.
     */
    public static RelayClient join(TestRelay relay, Path config, String nick, String room, EventLog log) {
        RelayClient client = new RelayClient(ChatWindow.FAST, new KnownRelaysFile(config.resolve("friend-" + nick)), log);
        client.connect(new ConnectRequest(relay.address(), relay.fingerprint(), nick, null));
        log.await(ClientEvent.LoggedIn.class, WAIT);
        if (room != null) {
            client.join(room);
            log.await(ClientEvent.Received.class, r -> r.envelope() instanceof Joined, WAIT);
        }
        return client;
    }
}
