package dev.hearth.client.trust;

import dev.hearth.client.net.RelayAddress;

/** What the user decided about a relay's key. Called on the FX thread. */
public interface TrustDecision {

    /** Pin {@code fingerprint} for {@code address} and connect ({@code RelayClient.trustAndConnect}). */
    void trust(RelayAddress address, String fingerprint);

    /** Do not connect; nothing is pinned. */
    void cancel();
}
