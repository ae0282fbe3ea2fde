package dev.hearth.relay.reach;

import com.offbynull.portmapper.gateway.Bus;
import com.offbynull.portmapper.gateways.network.NetworkGateway;
import com.offbynull.portmapper.gateways.network.internalmessages.KillNetworkRequest;
import com.offbynull.portmapper.gateways.process.ProcessGateway;
import com.offbynull.portmapper.gateways.process.internalmessages.KillProcessRequest;
import com.offbynull.portmapper.mapper.PortMapper;
import com.offbynull.portmapper.mappers.natpmp.NatPmpPortMapper;
import com.offbynull.portmapper.mappers.pcp.PcpPortMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Looks for routers that map ports, all protocols of the mode at once (UPnP discovery waits its
 * full few seconds for answers, so nothing else waits behind it). The library's threads live as
 * long as this search; close it when the relay stops.
 */
final class RouterSearch implements AutoCloseable {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** How long UPnP gateways have to answer the search; they answer within MX seconds. */
    static final Duration UPNP_WAIT = Duration.ofSeconds(3);

    private final NetworkGateway network = NetworkGateway.create();
    private ProcessGateway processes;

    /**
     * What answered.
     *
     * @param routers in order of preference, to be tried one after the other
     * @param refusals routers that answered "no" before anything was asked of them
     * @param externalAddress the router's public address as NAT-PMP or UPnP told it, or null
     */
    record Found(List<Router> routers, List<MappingOutcome.Refused> refusals, InetAddress externalAddress) {
        Found {
            routers = List.copyOf(routers);
            refusals = List.copyOf(refusals);
        }
    }

    Found find(PortMappingMode mode) throws InterruptedException {
        List<MappingProtocol> wanted = mode.protocols();
        AtomicReference<List<Router>> upnp = new AtomicReference<>(List.of());
        Thread upnpSearch = Thread.ofVirtual().name("hearth-upnp-search").start(() -> {
            if (wanted.contains(MappingProtocol.UPNP_IGD)) {
                upnp.set(upnp());
            }
        });
        List<Router> natPmpFamily = new ArrayList<>();
        List<MappingOutcome.Refused> refusals = new ArrayList<>();
        InetAddress external = null;
        if (wanted.contains(MappingProtocol.PCP) || wanted.contains(MappingProtocol.NAT_PMP)) {
            Optional<InetAddress> gateway = DefaultGateway.find();
            if (gateway.isPresent()) {
                external = probeGateway(gateway.get(), wanted, natPmpFamily, refusals);
            } else {
                natPmpFamily.addAll(natPmpFamilyFromSystemTools(wanted));
            }
        }
        upnpSearch.join();
        List<Router> routers = new ArrayList<>(upnp.get());
        routers.addAll(natPmpFamily);
        for (Router router : upnp.get()) {
            if (external == null && router instanceof SoapIgdRouter gateway) {
                // Asked before any mapping, so a router that then refuses still tells the verdict.
                external = gateway.publicAddress().orElse(null);
            }
        }
        return new Found(routers, refusals, external);
    }

    private InetAddress probeGateway(InetAddress gateway, List<MappingProtocol> wanted, List<Router> routers,
            List<MappingOutcome.Refused> refusals) {
        Optional<NatPmpProbe.Answer> answer;
        InetAddress local;
        try {
            answer = NatPmpProbe.ask(gateway, PROBE_TIMEOUT);
            local = DefaultGateway.localAddressToward(gateway);
        } catch (IOException e) {
            return null;
        }
        if (answer.isEmpty()) {
            return null;
        }
        NatPmpProbe.Answer said = answer.get();
        boolean pcpOnly = said.version() != 0;
        if (!said.succeeded() && !pcpOnly) {
            MappingProtocol asked = wanted.contains(MappingProtocol.NAT_PMP) ? MappingProtocol.NAT_PMP
                    : MappingProtocol.PCP;
            refusals.add(new MappingOutcome.Refused(asked, said.resultInWords()));
            return null;
        }
        Bus bus = network.getBus();
        if (wanted.contains(MappingProtocol.PCP)) {
            routers.add(new LibraryRouter(MappingProtocol.PCP, new PcpPortMapper(bus, local, gateway)));
        }
        if (wanted.contains(MappingProtocol.NAT_PMP) && !pcpOnly) {
            routers.add(new LibraryRouter(MappingProtocol.NAT_PMP, new NatPmpPortMapper(bus, local, gateway)));
        }
        return said.externalAddress();
    }

    /**
     * UPnP gateways (IGD version 1 and 2) found with SSDP, spoken to with our own SOAP client
     * ({@link SoapIgdRouter}); a device whose description cannot be read is left out.
     */
    private static List<Router> upnp() {
        List<Router> routers = new ArrayList<>();
        try {
            InetAddress local = DefaultGateway.find().map(RouterSearch::towardQuietly).orElse(null);
            for (URI location : SsdpSearch.find(local, UPNP_WAIT)) {
                try {
                    SoapIgdRouter.at(location).ifPresent(routers::add);
                } catch (IOException | RuntimeException e) {
                    // Not a gateway we can use; others may answer.
                }
            }
        } catch (IOException e) {
            // No multicast here: no UPnP router to be found.
        }
        return routers;
    }

    private static InetAddress towardQuietly(InetAddress gateway) {
        try {
            return DefaultGateway.localAddressToward(gateway);
        } catch (IOException e) {
            return null;
        }
    }

    /** Windows and macOS: the library finds the gateway with the system's own route commands. */
    private List<Router> natPmpFamilyFromSystemTools(List<MappingProtocol> wanted) throws InterruptedException {
        if (processes == null) {
            processes = ProcessGateway.create();
        }
        List<Router> routers = new ArrayList<>();
        try {
            if (wanted.contains(MappingProtocol.PCP)) {
                for (PortMapper mapper : PcpPortMapper.identify(network.getBus(), processes.getBus())) {
                    routers.add(new LibraryRouter(MappingProtocol.PCP, mapper));
                }
            }
            if (wanted.contains(MappingProtocol.NAT_PMP)) {
                for (PortMapper mapper : NatPmpPortMapper.identify(network.getBus(), processes.getBus())) {
                    routers.add(new LibraryRouter(MappingProtocol.NAT_PMP, mapper));
                }
            }
        } catch (RuntimeException e) {
            // No route tool, or output it could not read: nothing found this way.
        }
        return routers;
    }

    @Override
    public void close() {
        network.getBus().send(new KillNetworkRequest());
        if (processes != null) {
            processes.getBus().send(new KillProcessRequest());
        }
    }
}
