package dev.hearth.relay.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What the command line asks for: its first word picks a subcommand ({@code invite},
 * {@code password --new}, {@code doctor}, {@code version}); anything else runs the relay. The
 * options that follow are the relay's own, so a subcommand sees the same data directory and
 * config as the relay.
 */
record Invocation(Command command, List<String> options) {

    enum Command { RUN, INVITE, NEW_PASSWORD, DOCTOR, VERSION }

    Invocation {
        options = List.copyOf(options);
    }

    static Invocation of(String[] args) throws UsageException {
        List<String> rest = new ArrayList<>(List.of(args).subList(Math.min(1, args.length), args.length));
        String first = args.length == 0 ? "" : args[0];
        return switch (first) {
            case "invite" -> new Invocation(Command.INVITE, rest);
            case "doctor" -> new Invocation(Command.DOCTOR, rest);
            case "password" -> {
                if (!rest.remove("--new")) {
                    throw new UsageException("hearth-relay password needs --new: it makes a new password"
                            + " (to see the current one, run hearth-relay invite)");
                }
                yield new Invocation(Command.NEW_PASSWORD, rest);
            }
            case "version" -> {
                if (!rest.isEmpty()) {
                    throw new UsageException("hearth-relay version takes no options");
                }
                yield new Invocation(Command.VERSION, rest);
            }
            default -> new Invocation(Command.RUN, List.of(args));
        };
    }
}
