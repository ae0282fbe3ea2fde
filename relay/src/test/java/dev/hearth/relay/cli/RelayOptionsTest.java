package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.reach.PortMappingMode;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RelayOptionsTest {

    @Test
    void defaultsAreTheContractDefaults() throws UsageException {
        RelayOptions options = parse();
        options.validate();

        RelayConfig config = options.toConfig(null, null);

        assertEquals(7777, config.port());
        assertNull(config.bind(), "all interfaces");
        assertEquals(100, config.backlog());
        assertEquals(Duration.ofSeconds(120), config.grace());
        assertEquals(65_536, config.maxFrame());
        assertEquals(4000, config.maxText());
        assertEquals(5, config.ratePerSecond());
        assertEquals(20, config.burst());
        assertEquals(256, config.maxConnections());
        assertEquals(8, config.maxConnectionsPerAddress());
        assertEquals(33_554_432, config.maxFile());
        assertEquals(268_435_456, config.fileMemory());
        assertEquals(Duration.ofSeconds(86_400), config.fileTtl());
        assertNull(config.password());
        assertNull(config.tls());
        assertFalse(options.access.plaintext);
        assertFalse(options.access.inviteWithPassword);
    }

    @Test
    void defaultsAgreeWithTheCoreConfigurationDefaults() {
        assertEquals(RelayConfig.builder().build(), parse().toConfig(null, null));
    }

    @Test
    void everyOptionReachesTheConfiguration() throws Exception {
        RelayOptions options = parse("--port", "0", "--bind", "127.0.0.1", "--backlog", "0", "--grace-seconds", "5",
                "--max-frame", "2048", "--max-text", "10", "--rate", "1", "--burst", "2", "--motd", "hi 你好",
                "--max-connections", "3", "--max-connections-per-address", "1", "--max-connections-per-network", "2",
                "--max-pending-connections", "4", "--backlog-budget", "5000", "--empty-room-seconds", "6",
                "--max-rooms", "7", "--max-rooms-per-session", "8", "--replay-budget", "9000",
                "--outbound-budget", "10000", "--max-file", "0", "--file-memory", "11000", "--file-ttl", "12");
        options.validate();

        RelayConfig config = options.toConfig("pw", null);

        RelayConfig expected = RelayConfig.builder().port(0).bind(InetAddress.getByName("127.0.0.1")).backlog(0)
                .grace(Duration.ofSeconds(5)).maxFrame(2048).maxText(10).ratePerSecond(1).burst(2).motd("hi 你好")
                .maxConnections(3).maxConnectionsPerAddress(1).maxConnectionsPerNetwork(2).maxPendingConnections(4)
                .backlogBudget(5000).emptyRoomTtl(Duration.ofSeconds(6)).maxRooms(7).maxRoomsPerSession(8)
                .replayBudget(9000).outboundBudget(10_000).maxFile(0).fileMemory(11_000).fileTtl(Duration.ofSeconds(12))
                .password("pw").build();
        assertEquals(expected, config);
    }

    @Test
    void everyOtherOptionReachesItsField() {
        RelayOptions options = parse("--public-host", "chat.example.org", "--port-mapping", "pcp",
                "--port-mapping-lease", "600", "--lan-announce", "off", "--password-file", "/pw", "--open",
                "--invite-with-password", "--plaintext", "--data-dir", "/data", "--config", "/relay.conf");

        assertEquals("chat.example.org", options.network.publicHost);
        assertEquals(PortMappingMode.PCP, options.network.portMapping);
        assertEquals(600, options.network.portMappingLease);
        assertEquals(RelayOptions.Switch.OFF, options.network.lanAnnounce);
        assertEquals(Path.of("/pw"), options.access.passwordFile);
        assertTrue(options.access.open);
        assertTrue(options.access.inviteWithPassword);
        assertTrue(options.access.plaintext);
        assertEquals(Path.of("/data"), options.access.dataDir);
        assertEquals(Path.of("/relay.conf"), options.general.config);
    }

    @Test
    void aFileLimitOtherThanOffReachesTheConfiguration() throws UsageException {
        RelayOptions options = parse("--max-file", "1000", "--file-memory", "1000");
        options.validate();

        RelayConfig config = options.toConfig(null, null);

        assertEquals(1000, config.maxFile());
        assertTrue(config.filesOn());
    }

    @Test
    void settingOneOptionOfAGroupKeepsTheOthersAtTheirDefaults() {
        RelayOptions options = parse("--max-connections", "3");

        assertEquals(7777, options.network.port);
        assertEquals(8, options.network.maxConnectionsPerAddress);
    }

    @Test
    void refusesAnOptionGivenTwice() {
        CommandLine cli = OptionModel.forParsing(new RelayOptions()).commandLine();
        cli.parseArgs("--port", "1", "--max-connections", "3", "--port", "2");

        UsageException e = assertThrows(UsageException.class, () -> RelayOptions.rejectRepeats(cli.getCommandSpec()));

        assertEquals("--port was given more than once", e.getMessage());
    }

    @Test
    void dataDirectoryOptionWinsOverThePlatformDefault() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/xdg");

        assertEquals(Path.of("/mine"), parse("--data-dir", "/mine").dataDir(env));
        assertTrue(parse().dataDir(env).endsWith("hearth-relay") || parse().dataDir(env).endsWith("Relay"));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() throws UsageException {
        parse("--port", "65535", "--max-frame", "16777216", "--grace-seconds", "0").validate();
        parse("--port", "0", "--max-frame", "256", "--max-file", "0", "--backlog", "0").validate();
        parse("--max-file", "1", "--file-memory", "1", "--file-ttl", "1").validate();
        parse("--max-frame", "65536", "--max-file", "268435456").validate();
    }

    /**
     * A room of 10,000 needs a frame over the contract's 1 MiB outbound bound (its joined line may
     * name 10,000 nicks of 32 four-byte characters); a connection may then queue one such line.
     */
    @Test
    void aRelayForTenThousandPeopleInOneRoomCanBeStarted() throws UsageException {
        RelayOptions options = parse("--max-connections", "10000", "--max-frame", "1400000", "--replay-budget",
                "67108864", "--outbound-budget", "67108864");
        options.validate();

        RelayConfig config = options.toConfig(null, null);

        assertEquals(1_400_000, config.outboxBytes());
        assertEquals(4L << 20, config.replayBytes());
    }

    @Test
    void theLargestFrameCanBeStartedWithAndEveryBoundHoldsALineOfIt() throws UsageException {
        RelayOptions options = parse("--max-frame", "16777216", "--replay-budget", "16777216", "--outbound-budget",
                "16777216");
        options.validate();

        RelayConfig config = options.toConfig(null, null);

        assertEquals(16_777_216, config.outboxBytes());
        assertEquals(16_777_216, config.replayBytes());
    }

    @Test
    void refusesFileLimitsBelowTheirRanges() {
        assertRefused("--max-file must be at least 0, not -1", "--max-file", "-1");
        assertRefused("--file-memory must be at least 1, not 0", "--file-memory", "0", "--max-file", "0");
        assertRefused("--file-ttl must be at least 1, not 0", "--file-ttl", "0");
    }

    @Test
    void refusesAFileLimitThatTheFileMemoryCouldNeverHold() {
        assertRefused("--max-file must be at most --file-memory (1000), not 1001: no file that large could ever be"
                + " held", "--max-file", "1001", "--file-memory", "1000");
    }

    @Test
    void refusesAFrameTooSmallForAChunkLineWhileFilesAreOn() throws UsageException {
        assertRefused("--max-frame 65535 is too small for files, which need at least 65536: raise --max-frame, or"
                + " turn files off with --max-file 0", "--max-frame", "65535");

        parse("--max-frame", "65535", "--max-file", "0").validate();
    }

    @Test
    void refusesABudgetThatCannotHoldTheLongestLine() throws UsageException {
        parse("--max-frame", "4096", "--max-file", "0", "--replay-budget", "4096", "--outbound-budget", "4096")
                .validate();

        UsageException replay = assertThrows(UsageException.class,
                () -> parse("--max-frame", "4096", "--max-file", "0", "--replay-budget", "4095").validate());
        assertEquals("--replay-budget must be at least 4096, not 4095", replay.getMessage());
        UsageException outbound = assertThrows(UsageException.class,
                () -> parse("--outbound-budget", "65535").validate());
        assertEquals("--outbound-budget must be at least 65536, not 65535", outbound.getMessage());
    }

    @Test
    void refusesAMotdLongerThanTheTextLimit() {
        RelayOptions options = parse("--max-text", "3", "--motd", "four");

        assertThrows(UsageException.class, options::validate);
    }

    @Test
    void theRelayIsAnnouncedOnTheLocalNetworkUnlessToldOtherwise() throws UsageException {
        assertTrue(parse().lanAnnounce(Map.of()));
        assertTrue(parse("--lan-announce", "on").lanAnnounce(Map.of()));
        assertFalse(parse("--lan-announce", "off").lanAnnounce(Map.of()));
        assertFalse(parse("--lan-announce=OFF").lanAnnounce(Map.of()));
    }

    @Test
    void theEnvironmentChangesTheLanDefaultAndTheOptionWinsOverIt() throws UsageException {
        assertFalse(parse().lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "off")));
        assertTrue(parse().lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", " On ")));
        assertTrue(parse("--lan-announce", "on").lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "off")));
        assertFalse(parse("--lan-announce", "off").lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "on")));
    }

    @Test
    void refusesALanSwitchThatIsNeitherOnNorOff() {
        CommandLine.ParameterException option = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--lan-announce", "yes"));
        assertTrue(option.getMessage().endsWith("on or off, not 'yes'"), option.getMessage());

        UsageException env = assertThrows(UsageException.class,
                () -> parse().lanAnnounce(Map.of("HEARTH_RELAY_LAN_ANNOUNCE", "true")));
        assertEquals("HEARTH_RELAY_LAN_ANNOUNCE: on or off, not 'true'", env.getMessage());
    }

    private static void assertRefused(String reason, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args).validate());
        assertEquals(reason, e.getMessage());
    }

    @Test
    void portMappingIsAutoUnlessTheCommandLineOrTheEnvironmentSaysOtherwise() throws UsageException {
        assertEquals(PortMappingMode.AUTO, parse().network.portMapping(Map.of()));
        assertEquals(PortMappingMode.OFF, parse().network.portMapping(Map.of(RelayOptions.PORT_MAPPING_ENV, "off")));
        assertEquals(PortMappingMode.PCP, parse("--port-mapping", "PCP").network
                .portMapping(Map.of(RelayOptions.PORT_MAPPING_ENV, "off")), "the command line wins");
        assertEquals(7200, parse().network.portMappingLease);
    }

    @Test
    void aPortMappingModeNobodyKnowsNamesTheOnesThatExist() {
        CommandLine.ParameterException flag = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--port-mapping", "upnp2"));
        assertTrue(flag.getMessage().contains("'upnp2' is not one of auto, upnp, natpmp, pcp, off"), flag.getMessage());
        UsageException env = assertThrows(UsageException.class,
                () -> parse().network.portMapping(Map.of(RelayOptions.PORT_MAPPING_ENV, "yes")));
        assertEquals("HEARTH_PORT_MAPPING: 'yes' is not one of auto, upnp, natpmp, pcp, off", env.getMessage());
        UsageException lease = assertThrows(UsageException.class,
                () -> parse("--port-mapping-lease", "0").validate());
        assertTrue(lease.getMessage().startsWith("--port-mapping-lease must be"), lease.getMessage());
    }

    private static RelayOptions parse(String... args) {
        RelayOptions options = new RelayOptions();
        OptionModel model = OptionModel.forParsing(options);
        model.commandLine().parseArgs(args);
        model.store();
        return options;
    }
}
