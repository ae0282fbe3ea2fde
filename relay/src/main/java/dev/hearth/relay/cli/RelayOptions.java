package dev.hearth.relay.cli;

import dev.hearth.protocol.ProtocolDefaults;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.RelayDefaults;
import dev.hearth.relay.reach.PortMapping;
import dev.hearth.relay.reach.PortMappingMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The relay's command line as picocli fields, grouped as {@code --help} shows them, and their
 * translation into a {@link RelayConfig}. Defaults are the protocol contract's.
 */
@Command(
        name = "hearth-relay",
        versionProvider = Version.class,
        sortOptions = false,
        synopsisHeading = "Usage: ",
        customSynopsis = {
            "hearth-relay [OPTIONS]",
            "       hearth-relay invite [OPTIONS]",
            "       hearth-relay password --new [OPTIONS]",
            "       hearth-relay doctor [OPTIONS]",
            "       hearth-relay version",
            "       hearth-relay bench [BENCH OPTIONS]"
        },
        descriptionHeading = "%n",
        description = {
            "Runs a Hearth relay, the chat server a group of friends connects to with the Hearth client.",
            "",
            "Connections use TLS 1.3 with a self-signed certificate created on first start and kept in the"
                    + " data directory; friends pin its fingerprint. Once listening, the relay prints one line"
                    + " with its address, fingerprint and an invite string to share. Messages and files live in"
                    + " memory only: nothing a friend writes or sends is ever stored on disk or logged.",
            "",
            "Safe by default: unless you give a password (--password-file, HEARTH_PASSWORD) or choose"
                    + " --open, the relay makes a strong password on first start, keeps it in the data"
                    + " directory (relay-password) and puts it into the invite, so the invite is the key to the"
                    + " door: share it only with friends.",
            "",
            "Commands (the first word; give them the options the relay runs with):",
            "  (none)          run the relay",
            "  invite          print the invite again, from the data directory and config,",
            "                  without starting a second relay",
            "  password --new  make a new password and print the new invite; a running relay",
            "                  takes it within seconds and ends every session that logged in",
            "                  with the old one: how a host shows someone the door",
            "  doctor          check the relay and the way in: is it listening with its key,",
            "                  which password, what the router says, this machine's",
            "                  addresses, the NAT verdict, and what to do next (exit 1",
            "                  when no relay answers on the port)",
            "  version         print the version",
            "  bench           put a relay, this one or another, under load and report",
            "                  deliveries per second and latency (hearth-relay bench --help)"
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped normally, also after SIGTERM or Ctrl-C",
            "1:could not start (port in use, data directory not writable, damaged identity files)",
            "2:bad option or unusable configuration (e.g. unreadable or empty password file, unknown key in"
                    + " the config file)"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  HEARTH_PASSWORD         the password, used when --password-file is not given",
            "  HEARTH_PORT_MAPPING     auto, upnp, natpmp, pcp or off, used when --port-mapping",
            "                          is not given (the test suites set it to off)",
            "  HEARTH_RELAY_CONFIG     the config file, used when --config is not given",
            "  HEARTH_RELAY_LAN_ANNOUNCE  on or off: --lan-announce when it is not given",
            "  JAVA_HOME               the Java hearth-relay runs, else the java on the PATH",
            "  HEARTH_RELAY_JAVA_OPTS  JVM options hearth-relay adds after its own",
            "",
            "Passwords are never accepted as options: other users could read them in the",
            "process list.",
            "",
            "Example:",
            "  (umask 077; echo 'correct horse battery' > ~/hearth-pw)",
            "  hearth-relay --password-file ~/hearth-pw \\",
            "      --public-host chat.example.org",
            "",
            "The launcher runs Java with -Xmx640m, the heap the default limits are sized for",
            "(see docs/relay.md, \"Memory\"), and -XX:+ExitOnOutOfMemoryError. Most of it is",
            "--file-memory: with --max-file 0, HEARTH_RELAY_JAVA_OPTS=-Xmx256m is enough."
        })
final class RelayOptions {

    static final int MAX_FRAME_LIMIT = ProtocolDefaults.LARGEST_FRAME_BYTES;
    static final String PORT_MAPPING_ENV = "HEARTH_PORT_MAPPING";

    /** Overrides the default of {@code --lan-announce}; tests set it off so they never multicast. */
    static final String LAN_ANNOUNCE_ENV = "HEARTH_RELAY_LAN_ANNOUNCE";

    @ArgGroup(validate = false, heading = "%nNetwork:%n", order = 1)
    Network network = new Network();

    @ArgGroup(validate = false, heading = "%nAccess and identity:%n", order = 2)
    Access access = new Access();

    @ArgGroup(validate = false, heading = "%nChat and file limits:%n", order = 3)
    Limits limits = new Limits();

    @ArgGroup(validate = false, heading = "%nGeneral:%n", order = 4)
    General general = new General();

    static final class Network {
        @Option(names = "--port", paramLabel = "N", order = 1,
                description = "TCP port to listen on; 0 picks a free port. Default: ${DEFAULT-VALUE}.")
        int port = RelayDefaults.PORT;

        @Option(names = "--bind", paramLabel = "ADDR", order = 2, converter = AddressConverter.class,
                description = "Address to listen on. Default: all interfaces.")
        InetAddress bind;

        @Option(names = "--public-host", paramLabel = "NAME", order = 3,
                description = "Host name friends use, written into the invite (set it behind port forwarding)."
                        + " Default: the --bind address if given, else this machine's host name.")
        String publicHost;

        @Option(names = "--max-connections", paramLabel = "N", order = 4,
                description = "Most people logged in at once, counting dropped connections that may still"
                        + " resume. Default: ${DEFAULT-VALUE}.")
        int maxConnections = RelayDefaults.MAX_CONNECTIONS;

        @Option(names = "--max-connections-per-address", paramLabel = "N", order = 5,
                description = "Most connections from one IP address. Default: ${DEFAULT-VALUE}.")
        int maxConnectionsPerAddress = RelayDefaults.MAX_CONNECTIONS_PER_ADDRESS;

        @Option(names = "--max-connections-per-network", paramLabel = "N", order = 6,
                description = "Most connections from one IPv4 /24 or IPv6 /64 network. Default: ${DEFAULT-VALUE}.")
        int maxConnectionsPerNetwork = RelayDefaults.MAX_CONNECTIONS_PER_NETWORK;

        @Option(names = "--max-pending-connections", paramLabel = "N", order = 7,
                description = "Most connections not logged in yet; when full, the oldest is closed to make way."
                        + " Default: ${DEFAULT-VALUE}.")
        int maxPendingConnections = RelayDefaults.MAX_PENDING_CONNECTIONS;

        @Option(names = "--port-mapping", paramLabel = "MODE", order = 8, converter = PortMappingConverter.class,
                description = "Ask the home router to forward the port: auto (UPnP-IGD, PCP or NAT-PMP, whichever"
                        + " it speaks), upnp, natpmp, pcp, or off. The mapping is renewed while the relay runs and"
                        + " removed when it stops; the log says what the router answered and whether friends"
                        + " outside can get in. Default: " + PORT_MAPPING_ENV + " if set, else auto.")
        PortMappingMode portMapping;

        @Option(names = "--port-mapping-lease", paramLabel = "SECONDS", order = 9,
                description = "The lease asked of the router; the relay renews at half of it. Default:"
                        + " ${DEFAULT-VALUE}.")
        int portMappingLease = (int) PortMapping.DEFAULT_LEASE.toSeconds();

        PortMappingMode portMapping(Map<String, String> env) throws UsageException {
            if (portMapping != null) {
                return portMapping;
            }
            String fromEnv = env.get(PORT_MAPPING_ENV);
            if (fromEnv == null || fromEnv.isBlank()) {
                return PortMappingMode.AUTO;
            }
            try {
                return PortMappingMode.parse(fromEnv);
            } catch (IllegalArgumentException e) {
                throw new UsageException(PORT_MAPPING_ENV + ": " + e.getMessage());
            }
        }

        @Option(names = "--lan-announce", paramLabel = "on|off", arity = "1", order = 10, converter = OnOff.class,
                description = "Announce the relay on the local network (DNS-SD _hearth._tcp, with its fingerprint and"
                        + " whether it needs a password), so Hearth clients there list it; friends still confirm the"
                        + " fingerprint. Default: " + LAN_ANNOUNCE_ENV + " if set, else on.")
        Switch lanAnnounce;
    }

    /** A setting written as a word, as in the config file ({@code lan-announce = on}). */
    enum Switch { ON, OFF }

    static final class Access {
        @Option(names = "--password-file", paramLabel = "PATH", order = 1,
                description = "File whose first line is the password friends must give; the running relay takes"
                        + " a changed file within seconds. Takes precedence over HEARTH_PASSWORD. Default:"
                        + " HEARTH_PASSWORD if set, else a password the relay makes (see above).")
        Path passwordFile;

        @Option(names = "--open", order = 2,
                description = "No password: anyone who can reach the port can join. For trusted networks only.")
        boolean open;

        @Option(names = "--invite-with-password", order = 3,
                description = "Put your own password into the printed invite (&pw=), so the invite alone"
                        + " lets people in. A password the relay made is always in it.")
        boolean inviteWithPassword;

        @Option(names = "--plaintext", order = 4,
                description = "Turn TLS off: for tests and trusted networks only; passwords and messages"
                        + " travel unencrypted.")
        boolean plaintext;

        @Option(names = "--data-dir", paramLabel = "PATH", order = 5,
                description = {
                    "Where the relay keeps its TLS key, certificate and made password (created",
                    "owner-only). Default:",
                    "  Linux:   $XDG_DATA_HOME/hearth-relay",
                    "           or ~/.local/share/hearth-relay",
                    "  macOS:   ~/Library/Application Support/",
                    "           Hearth Relay",
                    "  Windows: %%LOCALAPPDATA%%\\Hearth\\Relay"
                })
        Path dataDir;
    }

    static final class Limits {
        @Option(names = "--motd", paramLabel = "TEXT", order = 1,
                description = "Message of the day sent to everyone who logs in.")
        String motd;

        @Option(names = "--backlog", paramLabel = "N", order = 2,
                description = "Recent messages per room replayed to joiners (memory only). Default: ${DEFAULT-VALUE}.")
        int backlog = RelayDefaults.BACKLOG;

        @Option(names = "--max-text", paramLabel = "N", order = 3,
                description = "Longest message in characters. Default: ${DEFAULT-VALUE}.")
        int maxText = RelayDefaults.MAX_TEXT;

        @Option(names = "--max-frame", paramLabel = "BYTES", order = 4,
                description = "Longest protocol line in bytes, newline included (256 to 16777216; at least 65536"
                        + " while files are on). Default: ${DEFAULT-VALUE}.")
        int maxFrame = RelayDefaults.MAX_FRAME;

        @Option(names = "--rate", paramLabel = "PER_SECOND", order = 5,
                description = "Messages per second each person may send on average. Default: ${DEFAULT-VALUE}.")
        int rate = RelayDefaults.RATE_PER_SECOND;

        @Option(names = "--burst", paramLabel = "N", order = 6,
                description = "Messages each person may send in a quick burst. Default: ${DEFAULT-VALUE}.")
        int burst = RelayDefaults.BURST;

        @Option(names = "--grace-seconds", paramLabel = "N", order = 7,
                description = "How long a dropped connection's session stays resumable. Default: ${DEFAULT-VALUE}.")
        int graceSeconds = RelayDefaults.GRACE_SECONDS;

        @Option(names = "--backlog-budget", paramLabel = "BYTES", order = 8,
                description = "Memory for the backlogs of all rooms together; past it the oldest messages go"
                        + " first. Default: ${DEFAULT-VALUE}.")
        long backlogBudget = RelayDefaults.BACKLOG_BUDGET_BYTES;

        @Option(names = "--empty-room-seconds", paramLabel = "N", order = 9,
                description = "How long a room nobody is in keeps its backlog. Default: ${DEFAULT-VALUE}.")
        int emptyRoomSeconds = RelayDefaults.EMPTY_ROOM_TTL_SECONDS;

        @Option(names = "--max-rooms", paramLabel = "N", order = 10,
                description = "Most rooms on the relay. Default: ${DEFAULT-VALUE}.")
        int maxRooms = RelayDefaults.MAX_ROOMS;

        @Option(names = "--max-rooms-per-session", paramLabel = "N", order = 11,
                description = "Most rooms one person may be in. Default: ${DEFAULT-VALUE}.")
        int maxRoomsPerSession = RelayDefaults.MAX_ROOMS_PER_SESSION;

        @Option(names = "--replay-budget", paramLabel = "BYTES", order = 12,
                description = "Memory for what all sessions keep so a dropped connection can resume; past it"
                        + " the session keeping the most gives it up. Default: ${DEFAULT-VALUE}.")
        long replayBudget = RelayDefaults.REPLAY_BUDGET_BYTES;

        @Option(names = "--outbound-budget", paramLabel = "BYTES", order = 13,
                description = "Memory for lines waiting to be sent to all connections together; past it the"
                        + " reader furthest behind is cut off. Default: ${DEFAULT-VALUE}.")
        long outboundBudget = RelayDefaults.OUTBOUND_BUDGET_BYTES;

        @Option(names = "--dm-memory", paramLabel = "N", order = 14,
                description = "Latest direct messages between two people that can still be replied to, reacted to,"
                        + " edited or deleted (the relay keeps their ids, never their text). Default: ${DEFAULT-VALUE}.")
        int dmMemory = RelayDefaults.DM_MEMORY;

        @Option(names = "--max-file", paramLabel = "BYTES", order = 15,
                description = "Largest file a friend may send; a larger one is refused before any of it is"
                        + " uploaded. 0 turns files off; at most --file-memory. Default: ${DEFAULT-VALUE}.")
        long maxFile = RelayDefaults.MAX_FILE;

        @Option(names = "--file-memory", paramLabel = "BYTES", order = 16,
                description = "Memory for the files of all rooms and direct messages together, uploads under way"
                        + " counted at their full size; past it the oldest files go first, and a file that"
                        + " still does not fit is refused. Default: ${DEFAULT-VALUE}.")
        long fileMemory = RelayDefaults.FILE_MEMORY_BYTES;

        @Option(names = "--file-ttl", paramLabel = "SECONDS", order = 17,
                description = "Longest time a file stays with the relay after it was delivered, for friends to"
                        + " fetch; it goes sooner when --file-memory needs its room. Default: ${DEFAULT-VALUE}.")
        int fileTtl = RelayDefaults.FILE_TTL_SECONDS;
    }

    static final class General {
        @Option(names = "--config", paramLabel = "PATH", order = 0,
                description = "Read options from PATH: one 'key = value' per line, keys being the long options"
                        + " without '--' (port = 7777, plaintext = true); # starts a comment. Options on the"
                        + " command line win. Default: HEARTH_RELAY_CONFIG if set.")
        Path config;

        @Option(names = {"-h", "--help"}, usageHelp = true, order = 1, description = "Show this help and exit.")
        boolean help;

        @Option(names = {"-V", "--version"}, versionHelp = true, order = 2, description = "Print the version and exit.")
        boolean version;
    }

    /**
     * Refuses an option given twice. Besides being ambiguous, a repeat makes picocli start a
     * fresh option group, silently resetting the group's other options to their defaults.
     */
    static void rejectRepeats(CommandSpec spec) throws UsageException {
        for (OptionSpec option : spec.options()) {
            if (option.originalStringValues().size() > 1) {
                throw new UsageException(option.longestName() + " was given more than once");
            }
        }
    }

    /** Range checks picocli's type conversion cannot express. */
    void validate() throws UsageException {
        between("--port", network.port, 0, 65_535);
        atLeast("--max-connections", network.maxConnections, 1);
        atLeast("--max-connections-per-address", network.maxConnectionsPerAddress, 1);
        atLeast("--backlog", limits.backlog, 0);
        atLeast("--max-text", limits.maxText, 1);
        between("--max-frame", limits.maxFrame, 256, MAX_FRAME_LIMIT);
        atLeast("--rate", limits.rate, 1);
        atLeast("--burst", limits.burst, 1);
        atLeast("--grace-seconds", limits.graceSeconds, 0);
        atLeast("--max-connections-per-network", network.maxConnectionsPerNetwork, 1);
        atLeast("--max-pending-connections", network.maxPendingConnections, 1);
        between("--port-mapping-lease", network.portMappingLease, 1, Integer.MAX_VALUE);
        atLeast("--backlog-budget", limits.backlogBudget, 1);
        atLeast("--dm-memory", limits.dmMemory, 0);
        atLeast("--empty-room-seconds", limits.emptyRoomSeconds, 0);
        atLeast("--max-rooms", limits.maxRooms, 1);
        atLeast("--max-rooms-per-session", limits.maxRoomsPerSession, 1);
        // Each must hold the longest line at least; below that every line would be over it.
        atLeast("--replay-budget", limits.replayBudget, limits.maxFrame);
        atLeast("--outbound-budget", limits.outboundBudget, limits.maxFrame);
        validateFiles();
        if (limits.motd != null && limits.motd.codePointCount(0, limits.motd.length()) > limits.maxText) {
            throw new UsageException("--motd is longer than --max-text (" + limits.maxText + " characters)");
        }
    }

    /** Protocol 1.1: the file limits, and the frame a chunk line needs while files are on. */
    private void validateFiles() throws UsageException {
        atLeast("--max-file", limits.maxFile, 0);
        atLeast("--file-memory", limits.fileMemory, 1);
        atLeast("--file-ttl", limits.fileTtl, 1);
        if (limits.maxFile > limits.fileMemory) {
            throw new UsageException("--max-file must be at most --file-memory (" + limits.fileMemory + "), not "
                    + limits.maxFile + ": no file that large could ever be held");
        }
        // A chunk line is about 44 KB; the contract refuses to start rather than fail every upload.
        if (limits.maxFile > 0 && limits.maxFrame < ProtocolDefaults.MIN_FRAME_WITH_FILES) {
            throw new UsageException("--max-frame " + limits.maxFrame + " is too small for files, which need at least "
                    + ProtocolDefaults.MIN_FRAME_WITH_FILES + ": raise --max-frame, or turn files off with --max-file 0");
        }
    }

    /** @param password null for an open relay; @param tls null for {@code --plaintext} */
    RelayConfig toConfig(String password, SSLContext tls) {
        RelayConfig.Builder builder = RelayConfig.builder()
                .bind(network.bind)
                .port(network.port)
                .maxConnections(network.maxConnections)
                .maxConnectionsPerAddress(network.maxConnectionsPerAddress)
                .maxConnectionsPerNetwork(network.maxConnectionsPerNetwork)
                .maxPendingConnections(network.maxPendingConnections)
                .tls(tls)
                .password(password)
                .backlog(limits.backlog)
                .maxText(limits.maxText)
                .maxFrame(limits.maxFrame)
                .ratePerSecond(limits.rate)
                .burst(limits.burst)
                .grace(Duration.ofSeconds(limits.graceSeconds))
                .backlogBudget(limits.backlogBudget)
                .dmMemory(limits.dmMemory)
                .emptyRoomTtl(Duration.ofSeconds(limits.emptyRoomSeconds))
                .maxRooms(limits.maxRooms)
                .maxRoomsPerSession(limits.maxRoomsPerSession)
                .replayBudget(limits.replayBudget)
                .outboundBudget(limits.outboundBudget)
                .maxFile(limits.maxFile)
                .fileMemory(limits.fileMemory)
                .fileTtl(Duration.ofSeconds(limits.fileTtl));
        if (limits.motd != null) {
            builder.motd(limits.motd);
        }
        return builder.build();
    }

    /** {@code --lan-announce} if given, else {@value #LAN_ANNOUNCE_ENV} if set, else on. */
    boolean lanAnnounce(Map<String, String> env) throws UsageException {
        if (network.lanAnnounce != null) {
            return network.lanAnnounce == Switch.ON;
        }
        String fromEnv = env.get(LAN_ANNOUNCE_ENV);
        if (fromEnv == null) {
            return true;
        }
        try {
            return new OnOff().convert(fromEnv) == Switch.ON;
        } catch (TypeConversionException e) {
            throw new UsageException(LAN_ANNOUNCE_ENV + ": " + e.getMessage());
        }
    }

    Path dataDir(Map<String, String> env) {
        return access.dataDir != null ? access.dataDir : DataDirectory.platformDefault(env);
    }

    /** Names the words understood rather than picocli's list of enum constants. */
    static final class PortMappingConverter implements ITypeConverter<PortMappingMode> {
        @Override
        public PortMappingMode convert(String value) {
            try {
                return PortMappingMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Picocli's own converter would show the operator a Java exception name. */
    static final class AddressConverter implements ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) {
            try {
                return InetAddress.getByName(value);
            } catch (UnknownHostException e) {
                throw new TypeConversionException("'" + value + "' is not an IP address or a known host name");
            }
        }
    }

    /** {@code on} or {@code off} in any case; picocli would take only {@code ON} and {@code OFF}. */
    static final class OnOff implements ITypeConverter<Switch> {
        @Override
        public Switch convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on" -> Switch.ON;
                case "off" -> Switch.OFF;
                default -> throw new TypeConversionException("on or off, not '"
                        + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
            };
        }
    }

    private static void atLeast(String option, long value, long min) throws UsageException {
        if (value < min) {
            throw new UsageException(option + " must be at least " + min + ", not " + value);
        }
    }

    private static void between(String option, int value, int min, int max) throws UsageException {
        if (value < min || value > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
