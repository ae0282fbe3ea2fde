package dev.hearth.relay.routing;

import dev.hearth.protocol.Features;
import java.util.List;

/** What this relay offers of protocol 1.1, listed in every welcome: everything, files while they are on. */
final class RelayFeatures {
    private RelayFeatures() {}

    private static final List<String> WITHOUT_FILES =
            List.of(Features.MID, Features.REPLY, Features.REACT, Features.EDIT, Features.DELETE);

    static List<String> offered(boolean files) {
        return files ? Features.ALL : WITHOUT_FILES;
    }
}
