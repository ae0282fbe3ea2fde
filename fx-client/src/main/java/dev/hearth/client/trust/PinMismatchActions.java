package dev.hearth.client.trust;

import dev.hearth.client.net.RelayAddress;

/** What the user can do about a changed relay key. Called on the FX thread. */
public interface PinMismatchActions {

    /** Leave it: stay offline. */
    void close();

    /**
     * The user confirmed twice that the host reinstalled the relay: drop the old pin for
     * {@code address}. Connecting again then asks for trust as on a first visit.
     */
    void forgetKey(RelayAddress address);
}
