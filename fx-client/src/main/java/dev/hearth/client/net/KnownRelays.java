package dev.hearth.client.net;

import java.util.Optional;

/**
 * The relays this user has pinned: {@link RelayAddress#key()} to {@code sha256:} fingerprint,
 * like SSH's known_hosts. The client consults it before sending anything to a relay.
 */
public interface KnownRelays {

    Optional<String> pinFor(RelayAddress address);

    void pin(RelayAddress address, String fingerprint);

    void forget(RelayAddress address);
}
