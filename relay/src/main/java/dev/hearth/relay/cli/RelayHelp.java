package dev.hearth.relay.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.UsageMessageSpec;

/** What {@code hearth-relay --help} says around the list of options. */
final class RelayHelp {

    private RelayHelp() {}

    static void describe(UsageMessageSpec usage) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "stopped normally, also after SIGTERM or Ctrl-C");
        codes.put("1", "could not start (port in use, data directory not writable, damaged identity files)");
        codes.put("2", "bad option or unusable configuration (e.g. unreadable or empty password file, unknown key in"
                + " the config file)");
        usage.sortOptions(false)
                .synopsisHeading("Usage: ")
                .customSynopsis(
                        "hearth-relay [OPTIONS]",
                        "       hearth-relay invite [OPTIONS]",
                        "       hearth-relay password --new [OPTIONS]",
                        "       hearth-relay doctor [OPTIONS]",
                        "       hearth-relay version",
                        "       hearth-relay bench [BENCH OPTIONS]")
                .descriptionHeading("%n")
                .description(
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
                        "                  deliveries per second and latency (hearth-relay bench --help)")
                .exitCodeListHeading("%nExit status:%n")
                .exitCodeList(codes)
                .footerHeading("%nEnvironment:%n")
                .footer(
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
                        "--file-memory: with --max-file 0, HEARTH_RELAY_JAVA_OPTS=-Xmx256m is enough.");
    }
}
