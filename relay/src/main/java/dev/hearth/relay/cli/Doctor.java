package dev.hearth.relay.cli;

import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.reach.AddressKind;
import dev.hearth.relay.reach.AddressText;
import dev.hearth.relay.reach.MappingOutcome;
import dev.hearth.relay.reach.NatVerdict;
import dev.hearth.relay.reach.PortMappingMode;
import dev.hearth.relay.reach.PublicAddresses;
import dev.hearth.relay.reach.Reachability;
import dev.hearth.relay.reach.RouterSurvey;
import dev.hearth.relay.tls.RelayIdentity;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code hearth-relay doctor}: everything a host wonders about when friends cannot get in, with
 * the same options (and config file) as the relay, in lines a person reads top to bottom: is it
 * listening with its own key, which password, what the router says, this machine's addresses,
 * the NAT verdict, and what to do next. It prints no secret, and exits 1 when no relay answers.
 */
final class Doctor {

    private final PrintWriter out;
    private final Map<String, String> env;

    Doctor(PrintWriter out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    /** @return the exit code: 0 when the relay answers with this data directory's key, else 1 */
    int run(RelayOptions options) throws UsageException, StartupException {
        options.validate();
        int port = options.network.port;
        if (port == 0) {
            throw new UsageException("--port 0 picks a port at start; give the port the relay listens on");
        }
        Path dataDir = options.dataDir(env);
        boolean plaintext = options.access.plaintext;
        PortMappingMode mode = options.network.portMapping(env);
        List<String> next = new ArrayList<>();

        String fingerprint = fingerprint(dataDir, plaintext);
        InetAddress host = options.network.bind == null || options.network.bind.isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress() : options.network.bind;
        boolean listening = listening(host, port, plaintext, fingerprint, next);
        identity(dataDir, plaintext, fingerprint);
        password(PasswordChoice.of(options, env), dataDir);
        List<InetAddress> addresses = PublicAddresses.all();
        print("addresses", addresses.isEmpty() ? "none but loopback: this machine is on no network"
                : String.join(", ", addresses.stream().map(Doctor::withKind).toList()));

        RouterSurvey survey = null;
        if (mode == PortMappingMode.OFF) {
            print("port mapping", "off (--port-mapping off): the router is not asked");
        } else {
            survey = survey(mode, listening ? 0 : port);
            survey.lines(mode).forEach(out::println);
            if (listening) {
                print("port mapping", "the running relay asks for its own mapping; its log says what the router"
                        + " granted (journalctl -u hearth-relay | grep 'port mapping')");
            }
        }
        InetAddress external = survey == null ? null : survey.externalAddress();
        Boolean hairpin = listening && external != null ? Reachability.answersAt(external, port) : null;
        boolean forwarded = (survey != null && survey.granted()) || Boolean.TRUE.equals(hairpin);
        Reachability reachability = new Reachability(forwarded, external, port, hairpin,
                PublicAddresses.globalIpv6());
        reachability.lines(port).forEach(out::println);
        advise(reachability, survey, port, next);
        for (String step : next) {
            print("next", step);
        }
        out.flush();
        return listening ? RelayMain.OK : RelayMain.FAILURE;
    }

    /** The data directory's key, or null when there is none (yet); never creates one. */
    private static String fingerprint(Path dataDir, boolean plaintext) throws StartupException {
        return plaintext || !Files.exists(dataDir.resolve(RelayIdentity.KEY_FILE)) ? null
                : RelayFiles.existingIdentity(dataDir).fingerprint();
    }

    private void identity(Path dataDir, boolean plaintext, String fingerprint) {
        if (plaintext) {
            print("TLS identity", "none: --plaintext, nothing on the wire is encrypted");
        } else if (fingerprint == null) {
            print("TLS identity", "none yet in " + dataDir + ": the relay makes its key on its first start");
        } else {
            print("TLS identity", fingerprint + " (" + dataDir.resolve(RelayIdentity.CERTIFICATE_FILE) + ")");
        }
    }

    private boolean listening(InetAddress host, int port, boolean plaintext, String fingerprint, List<String> next) {
        String where = PublicAddresses.hostAndPort(host, port);
        return switch (ListeningCheck.at(host, port, plaintext)) {
            case ListeningCheck.Answer.Tls tls when fingerprint == null || fingerprint.equals(tls.fingerprint()) -> {
                print("listening", "a relay answers on " + where + " with TLS 1.3 and the key " + tls.fingerprint());
                yield true;
            }
            case ListeningCheck.Answer.Tls tls -> {
                print("listening", "a relay answers on " + where + ", but with the key " + tls.fingerprint()
                        + ", not this data directory's");
                next.add("the relay on port " + port + " uses another data directory: give doctor the same --config"
                        + " or --data-dir as the relay");
                yield false;
            }
            case ListeningCheck.Answer.Plain plain -> {
                print("listening", "something accepts connections on " + where + " (plaintext: no key to compare)");
                yield true;
            }
            case ListeningCheck.Answer.Nothing nothing -> {
                print("listening", "nothing answers on " + where + " (" + nothing.reason() + ")");
                next.add("start the relay: sudo systemctl start hearth-relay, or hearth-relay with these options;"
                        + " if it runs, check --port and --bind");
                yield false;
            }
        };
    }

    private void password(PasswordChoice choice, Path dataDir) {
        print("password", switch (choice) {
            case PasswordChoice.Given given when given.file() != null -> "your own, the first line of "
                    + given.file() + "; the running relay takes a changed file within seconds";
            case PasswordChoice.Given given -> "your own, from " + PasswordSource.ENV;
            case PasswordChoice.Open open -> "none (--open): anyone who reaches the port gets in";
            case PasswordChoice.Generated generated -> Files.exists(dataDir.resolve(GeneratedPassword.FILE))
                    ? "the relay's own, kept in " + generated.file() + " and carried in the invite (hearth-relay"
                            + " invite prints it, hearth-relay password --new replaces it)"
                    : "none yet: the relay makes one on its first start and puts it into the invite";
        });
    }

    private static RouterSurvey survey(PortMappingMode mode, int trialPort) throws StartupException {
        try {
            return RouterSurvey.take(mode, trialPort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while asking the router", e);
        }
    }

    private static void advise(Reachability reachability, RouterSurvey survey, int port, List<String> next) {
        NatVerdict verdict = reachability.verdict();
        if (verdict == NatVerdict.CARRIER_GRADE_NAT || verdict == NatVerdict.DOUBLE_NAT) {
            next.add("port forwarding at home cannot let friends in; read " + Reachability.GUIDE);
        } else if (survey == null) {
            next.add("forward TCP port " + port + " to this machine by hand, or let the relay ask the router"
                    + " (port-mapping = auto); docs/self-hosting.md, 4");
        } else if (survey.trial() instanceof MappingOutcome.Refused
                || (survey.answered().isEmpty() && survey.refusals().isEmpty())) {
            next.add("switch on UPnP (or NAT-PMP) in the router's settings, or forward TCP port " + port
                    + " to this machine by hand; docs/self-hosting.md, 4");
        }
        next.add("check from outside, e.g. a phone on mobile data: nc -vz ADDRESS " + port + "; the relay logs"
                + " \"reached from outside\" when someone gets in");
    }

    private static String withKind(InetAddress address) {
        AddressKind kind = AddressKind.of(address);
        String words = kind == AddressKind.PUBLIC ? "public" : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return AddressText.of(address) + " (" + words + ")";
    }

    private void print(String label, String text) {
        out.println(label + ": " + text);
    }
}
