package dev.hearth.relay.routing;

import dev.hearth.protocol.Features;
import java.util.List;

/** What this relay offers of protocol 1.1, listed in every welcome. Files are not offered yet. */
final class RelayFeatures {
    private RelayFeatures() {}

    static final List<String> OFFERED = List.of(Features.MID, Features.REPLY, Features.REACT, Features.EDIT, Features.DELETE);
}
