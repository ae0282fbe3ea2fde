package dev.hearth.client.host;

import dev.hearth.client.i18n.I18n;
import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.reach.MappingOutcome;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Who can join, in the user's language, from what the router answered: the relay's own lines are
 * English and written for people who run servers; these are for a person who clicked a button.
 */
final class ReachWords {

    private final ResourceBundle bundle;

    ReachWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** While nothing is known yet. */
    String asking(int port) {
        return I18n.format(bundle, "reach.asking", Integer.toString(port));
    }

    /** The words after {@code event}, or empty when the event changes nothing the host needs to read. */
    Optional<String> after(HostEvent event, int port) {
        String portText = Integer.toString(port);
        return switch (event) {
            case HostEvent.Mapping(MappingOutcome.Off _) -> Optional.of(I18n.format(bundle, "reach.off", portText));
            case HostEvent.Mapping _ -> Optional.empty(); // the verdict follows at once
            case HostEvent.Reach reach -> Optional.of(switch (reach.verdict()) {
                case PUBLIC_ADDRESS -> reach.reachableFromOutside()
                        ? I18n.format(bundle, "reach.public", reach.invite().host() + ":" + reach.invite().port())
                        : I18n.format(bundle, "reach.notForwarded", portText);
                case CARRIER_GRADE_NAT -> I18n.format(bundle, "reach.carrierNat");
                case DOUBLE_NAT -> I18n.format(bundle, "reach.doubleNat", portText);
                case UNKNOWN -> I18n.format(bundle, "reach.unknown", portText);
            });
            case HostEvent.PortTaken _ -> Optional.empty();
            case HostEvent.Lan _ -> Optional.empty();
        };
    }
}
