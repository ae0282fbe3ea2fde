package dev.hearth.relay.reach;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code hearth-relay doctor} learns from the routers: who answered which protocol, who said
 * no and why, the router's public address, and, when no relay holds the port, whether a trial
 * mapping is granted (it is removed again at once).
 *
 * @param answered the protocols a router answered, in order of preference
 * @param refusals routers that said no, with their reasons
 * @param externalAddress the router's public address, or null when no router told it
 * @param trial the trial mapping granted, or the first refusal, or null when none was tried
 */
public record RouterSurvey(List<MappingProtocol> answered, List<MappingOutcome.Refused> refusals,
        InetAddress externalAddress, MappingOutcome trial) {

    /** Short: a trial only shows what the router allows, and it is removed right after. */
    static final Duration TRIAL_LEASE = Duration.ofSeconds(120);

    public RouterSurvey {
        answered = List.copyOf(answered);
        refusals = List.copyOf(refusals);
    }

    /**
     * Asks every router {@code mode} allows; blocks for a few seconds (UPnP discovery waits for
     * answers).
     *
     * @param trialPort the port to map and unmap again, or 0 for no trial (a running relay holds
     *     its own mapping, and removing the trial would remove that)
     */
    public static RouterSurvey take(PortMappingMode mode, int trialPort) throws InterruptedException {
        try (RouterSearch search = new RouterSearch()) {
            RouterSearch.Found found = search.find(mode);
            List<MappingProtocol> answered = found.routers().stream().map(Router::protocol).distinct().toList();
            List<MappingOutcome.Refused> refusals = new ArrayList<>(found.refusals());
            InetAddress external = found.externalAddress();
            MappingOutcome trial = null;
            if (trialPort > 0) {
                for (Router router : found.routers()) {
                    try {
                        Router.Lease lease = router.map(trialPort, TRIAL_LEASE);
                        router.unmap(lease);
                        trial = new MappingOutcome.Mapped(router.protocol(), lease.externalAddress(),
                                lease.externalPort(), lease.lifetime());
                        external = lease.externalAddress();
                        break;
                    } catch (Router.RouterRefusal refusal) {
                        MappingOutcome.Refused refused = new MappingOutcome.Refused(router.protocol(),
                                refusal.getMessage());
                        refusals.add(refused);
                        trial = trial == null ? refused : trial;
                    }
                }
            }
            return new RouterSurvey(answered, refusals, external, trial);
        }
    }

    /** Did a router grant the trial mapping? */
    public boolean granted() {
        return trial instanceof MappingOutcome.Mapped;
    }

    /** @param mode what was asked, to name the protocols nobody answered */
    public List<String> lines(PortMappingMode mode) {
        List<String> lines = new ArrayList<>();
        if (answered.isEmpty() && refusals.isEmpty()) {
            lines.add(new MappingOutcome.NoRouter(mode.protocols()).describe());
            return lines;
        }
        if (!answered.isEmpty()) {
            lines.add("port mapping: a router answers "
                    + answered.stream().map(MappingProtocol::displayName).collect(Collectors.joining(", "))
                    + (externalAddress == null ? "" : "; its public address is " + AddressText.of(externalAddress)));
        }
        if (trial instanceof MappingOutcome.Mapped mapped) {
            lines.add("port mapping: a trial mapping of " + PublicAddresses.hostAndPort(mapped.externalAddress(),
                    mapped.externalPort()) + " by " + mapped.protocol().displayName()
                    + " was granted and removed again: the relay gets the same when it starts");
        }
        for (MappingOutcome.Refused refused : refusals) {
            lines.add(refused.describe());
        }
        return lines;
    }
}
