package dev.hearth.client.host;

import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.host.HostedRelay;
import java.util.Objects;

/** What the hosting's background work hands to the FX thread, in the order it happened. */
sealed interface HostingUpdate {

    /** The relay listens; the group is open. */
    record Started(HostedRelay relay) implements HostingUpdate {
        public Started {
            Objects.requireNonNull(relay);
        }
    }

    /** The relay could not start (the data directory unusable, no port to be had). */
    record Failed(String reason) implements HostingUpdate {
        public Failed {
            Objects.requireNonNull(reason);
        }
    }

    /** Something the running relay said: the router's answers, a taken port, the announcement. */
    record Event(HostEvent event) implements HostingUpdate {
        public Event {
            Objects.requireNonNull(event);
        }
    }
}
