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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The relay's command line as fields, grouped as {@code --help} shows them, and their translation
 * into a {@link RelayConfig}. Defaults are the protocol contract's.
 */
final class RelayOptions {

    static final int MAX_FRAME_LIMIT = ProtocolDefaults.LARGEST_FRAME_BYTES;
    static final String PORT_MAPPING_ENV = "HEARTH_PORT_MAPPING";

    /** Overrides the default of {@code --lan-announce}; tests set it off so they never multicast. */
    static final String LAN_ANNOUNCE_ENV = "HEARTH_RELAY_LAN_ANNOUNCE";

    final Network network = new Network();
    final Access access = new Access();
    final Limits limits = new Limits();
    final General general = new General();

    /**
     * The options as {@code --help} lists them, each with its field, for {@link OptionModel} to
     * build picocli's model from. Defaults are the fields' first values.
     */
    void declare(OptionModel model) {
        model.group("%nNetwork:%n");
        model.option("--port", "N", int.class, network.port, v -> network.port = v,
                "TCP port to listen on; 0 picks a free port. Default: ${DEFAULT-VALUE}.");
        model.option("--bind", "ADDR", InetAddress.class, new AddressConverter(), network.bind, v -> network.bind = v,
                "Address to listen on. Default: all interfaces.");
        model.option("--public-host", "NAME", String.class, network.publicHost, v -> network.publicHost = v,
                "Host name friends use, written into the invite (set it behind port forwarding)."
                        + " Default: the --bind address if given, else this machine's host name.");
        model.option("--max-connections", "N", int.class, network.maxConnections, v -> network.maxConnections = v,
                "Most people logged in at once, counting dropped connections that may still"
                        + " resume. Default: ${DEFAULT-VALUE}.");
        model.option("--max-connections-per-address", "N", int.class,
                network.maxConnectionsPerAddress, v -> network.maxConnectionsPerAddress = v,
                "Most connections from one IP address. Default: ${DEFAULT-VALUE}.");
        model.option("--max-connections-per-network", "N", int.class,
                network.maxConnectionsPerNetwork, v -> network.maxConnectionsPerNetwork = v,
                "Most connections from one IPv4 /24 or IPv6 /64 network. Default: ${DEFAULT-VALUE}.");
        model.option("--max-pending-connections", "N", int.class,
                network.maxPendingConnections, v -> network.maxPendingConnections = v,
                "Most connections not logged in yet; when full, the oldest is closed to make way."
                        + " Default: ${DEFAULT-VALUE}.");
        model.option("--port-mapping", "MODE", PortMappingMode.class, new PortMappingConverter(),
                network.portMapping, v -> network.portMapping = v,
                "Ask the home router to forward the port: auto (UPnP-IGD, PCP or NAT-PMP, whichever"
                        + " it speaks), upnp, natpmp, pcp, or off. The mapping is renewed while the relay runs and"
                        + " removed when it stops; the log says what the router answered and whether friends"
                        + " outside can get in. Default: " + PORT_MAPPING_ENV + " if set, else auto.");
        model.option("--port-mapping-lease", "SECONDS", int.class,
                network.portMappingLease, v -> network.portMappingLease = v,
                "The lease asked of the router; the relay renews at half of it. Default:"
                        + " ${DEFAULT-VALUE}.");
        model.option("--lan-announce", "on|off", Switch.class, new OnOff(),
                network.lanAnnounce, v -> network.lanAnnounce = v,
                "Announce the relay on the local network (DNS-SD _hearth._tcp, with its fingerprint and"
                        + " whether it needs a password), so Hearth clients there list it; friends still confirm the"
                        + " fingerprint. Default: " + LAN_ANNOUNCE_ENV + " if set, else on.");
        model.group("%nAccess and identity:%n");
        model.option("--password-file", "PATH", Path.class, access.passwordFile, v -> access.passwordFile = v,
                "File whose first line is the password friends must give; the running relay takes"
                        + " a changed file within seconds. Takes precedence over HEARTH_PASSWORD. Default:"
                        + " HEARTH_PASSWORD if set, else a password the relay makes (see above).");
        model.flag("--open", access.open, v -> access.open = v,
                "No password: anyone who can reach the port can join. For trusted networks only.");
        model.flag("--invite-with-password", access.inviteWithPassword, v -> access.inviteWithPassword = v,
                "Put your own password into the printed invite (&pw=), so the invite alone"
                        + " lets people in. A password the relay made is always in it.");
        model.flag("--plaintext", access.plaintext, v -> access.plaintext = v,
                "Turn TLS off: for tests and trusted networks only; passwords and messages"
                        + " travel unencrypted.");
        model.option("--data-dir", "PATH", Path.class, access.dataDir, v -> access.dataDir = v,
                "Where the relay keeps its TLS key, certificate and made password (created",
                "owner-only). Default:",
                "  Linux:   $XDG_DATA_HOME/hearth-relay",
                "           or ~/.local/share/hearth-relay",
                "  macOS:   ~/Library/Application Support/",
                "           Hearth Relay",
                "  Windows: %%LOCALAPPDATA%%\\Hearth\\Relay");
        model.group("%nChat and file limits:%n");
        model.option("--motd", "TEXT", String.class, limits.motd, v -> limits.motd = v,
                "Message of the day sent to everyone who logs in.");
        model.option("--backlog", "N", int.class, limits.backlog, v -> limits.backlog = v,
                "Recent messages per room replayed to joiners (memory only). Default: ${DEFAULT-VALUE}.");
        model.option("--max-text", "N", int.class, limits.maxText, v -> limits.maxText = v,
                "Longest message in characters. Default: ${DEFAULT-VALUE}.");
        model.option("--max-frame", "BYTES", int.class, limits.maxFrame, v -> limits.maxFrame = v,
                "Longest protocol line in bytes, newline included (256 to 16777216; at least 65536"
                        + " while files are on). Default: ${DEFAULT-VALUE}.");
        model.option("--rate", "PER_SECOND", int.class, limits.rate, v -> limits.rate = v,
                "Messages per second each person may send on average. Default: ${DEFAULT-VALUE}.");
        model.option("--burst", "N", int.class, limits.burst, v -> limits.burst = v,
                "Messages each person may send in a quick burst. Default: ${DEFAULT-VALUE}.");
        model.option("--grace-seconds", "N", int.class, limits.graceSeconds, v -> limits.graceSeconds = v,
                "How long a dropped connection's session stays resumable. Default: ${DEFAULT-VALUE}.");
        model.option("--backlog-budget", "BYTES", long.class, limits.backlogBudget, v -> limits.backlogBudget = v,
                "Memory for the backlogs of all rooms together; past it the oldest messages go"
                        + " first. Default: ${DEFAULT-VALUE}.");
        model.option("--empty-room-seconds", "N", int.class, limits.emptyRoomSeconds, v -> limits.emptyRoomSeconds = v,
                "How long a room nobody is in keeps its backlog. Default: ${DEFAULT-VALUE}.");
        model.option("--max-rooms", "N", int.class, limits.maxRooms, v -> limits.maxRooms = v,
                "Most rooms on the relay. Default: ${DEFAULT-VALUE}.");
        model.option("--max-rooms-per-session", "N", int.class,
                limits.maxRoomsPerSession, v -> limits.maxRoomsPerSession = v,
                "Most rooms one person may be in. Default: ${DEFAULT-VALUE}.");
        model.option("--replay-budget", "BYTES", long.class, limits.replayBudget, v -> limits.replayBudget = v,
                "Memory for what all sessions keep so a dropped connection can resume; past it"
                        + " the session keeping the most gives it up. Default: ${DEFAULT-VALUE}.");
        model.option("--outbound-budget", "BYTES", long.class, limits.outboundBudget, v -> limits.outboundBudget = v,
                "Memory for lines waiting to be sent to all connections together; past it the"
                        + " reader furthest behind is cut off. Default: ${DEFAULT-VALUE}.");
        model.option("--dm-memory", "N", int.class, limits.dmMemory, v -> limits.dmMemory = v,
                "Latest direct messages between two people that can still be replied to, reacted to,"
                        + " edited or deleted (the relay keeps their ids, never their text). Default: ${DEFAULT-VALUE}.");
        model.option("--max-file", "BYTES", long.class, limits.maxFile, v -> limits.maxFile = v,
                "Largest file a friend may send; a larger one is refused before any of it is"
                        + " uploaded. 0 turns files off; at most --file-memory. Default: ${DEFAULT-VALUE}.");
        model.option("--file-memory", "BYTES", long.class, limits.fileMemory, v -> limits.fileMemory = v,
                "Memory for the files of all rooms and direct messages together, uploads under way"
                        + " counted at their full size; past it the oldest files go first, and a file that"
                        + " still does not fit is refused. Default: ${DEFAULT-VALUE}.");
        model.option("--file-ttl", "SECONDS", int.class, limits.fileTtl, v -> limits.fileTtl = v,
                "Longest time a file stays with the relay after it was delivered, for friends to"
                        + " fetch; it goes sooner when --file-memory needs its room. Default: ${DEFAULT-VALUE}.");
        model.group("%nGeneral:%n");
        model.option("--config", "PATH", Path.class, general.config, v -> general.config = v,
                "Read options from PATH: one 'key = value' per line, keys being the long options"
                        + " without '--' (port = 7777, plaintext = true); # starts a comment. Options on the"
                        + " command line win. Default: HEARTH_RELAY_CONFIG if set.");
        model.usageHelp("-h", "--help", "Show this help and exit.");
        model.versionHelp("-V", "--version", "Print the version and exit.");
    }

    static final class Network {
        int port = RelayDefaults.PORT;
        InetAddress bind;
        String publicHost;
        int maxConnections = RelayDefaults.MAX_CONNECTIONS;
        int maxConnectionsPerAddress = RelayDefaults.MAX_CONNECTIONS_PER_ADDRESS;
        int maxConnectionsPerNetwork = RelayDefaults.MAX_CONNECTIONS_PER_NETWORK;
        int maxPendingConnections = RelayDefaults.MAX_PENDING_CONNECTIONS;
        PortMappingMode portMapping;
        int portMappingLease = (int) PortMapping.DEFAULT_LEASE.toSeconds();
        Switch lanAnnounce;

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
    }

    /** A setting written as a word, as in the config file ({@code lan-announce = on}). */
    enum Switch { ON, OFF }

    static final class Access {
        Path passwordFile;
        boolean open;
        boolean inviteWithPassword;
        boolean plaintext;
        Path dataDir;
    }

    static final class Limits {
        String motd;
        int backlog = RelayDefaults.BACKLOG;
        int maxText = RelayDefaults.MAX_TEXT;
        int maxFrame = RelayDefaults.MAX_FRAME;
        int rate = RelayDefaults.RATE_PER_SECOND;
        int burst = RelayDefaults.BURST;
        int graceSeconds = RelayDefaults.GRACE_SECONDS;
        long backlogBudget = RelayDefaults.BACKLOG_BUDGET_BYTES;
        int emptyRoomSeconds = RelayDefaults.EMPTY_ROOM_TTL_SECONDS;
        int maxRooms = RelayDefaults.MAX_ROOMS;
        int maxRoomsPerSession = RelayDefaults.MAX_ROOMS_PER_SESSION;
        long replayBudget = RelayDefaults.REPLAY_BUDGET_BYTES;
        long outboundBudget = RelayDefaults.OUTBOUND_BUDGET_BYTES;
        int dmMemory = RelayDefaults.DM_MEMORY;
        long maxFile = RelayDefaults.MAX_FILE;
        long fileMemory = RelayDefaults.FILE_MEMORY_BYTES;
        int fileTtl = RelayDefaults.FILE_TTL_SECONDS;
    }

    static final class General {
        Path config;
    }

    /** Refuses an option given twice: picocli would keep the last, and which was meant is a guess. */
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
