package dev.hearth.relay.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The TLS key-exchange groups the relay agrees to, best first. The client picks from what the
 * server allows, and each handshake costs the relay one key exchange in that group: ffdhe8192
 * takes about 35 ms of CPU, x25519 about 3 ms, so a hostile client offering only the slow groups
 * could keep the relay busy for almost nothing. Only fast groups are left: the post-quantum hybrid
 * where the JDK has it (it guards recorded traffic against a future quantum computer), then x25519,
 * then P-256 for clients without x25519.
 */
final class KeyExchangeGroups {

    /** ML-KEM-768 combined with x25519; Java names it so from the release that implements it. */
    static final String HYBRID = "X25519MLKEM768";
    static final List<String> PREFERENCE = List.of(HYBRID, "x25519", "secp256r1");

    private KeyExchangeGroups() {}

    /**
     * The groups of {@link #PREFERENCE} that {@code supported} (a JDK's list) contains, in our order
     * and spelled as the JDK spells them.
     *
     * @throws IllegalStateException when the JDK supports none of them, which would refuse every client
     */
    static String[] chooseFrom(String[] supported) {
        String[] chosen = PREFERENCE.stream()
                .flatMap(wanted -> spellingIn(supported, wanted).stream())
                .toArray(String[]::new);
        if (chosen.length == 0) {
            throw new IllegalStateException("this Java runtime supports none of the TLS groups " + PREFERENCE
                    + "; it offers " + Arrays.toString(supported));
        }
        return chosen;
    }

    /** Group names are case-insensitive, as in the JDK's own lookup. */
    private static Optional<String> spellingIn(String[] supported, String wanted) {
        return Arrays.stream(supported).filter(wanted::equalsIgnoreCase).findFirst();
    }
}
