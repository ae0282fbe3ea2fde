package dev.hearth.relay.cli;

import dev.hearth.relay.RelayVersion;
import picocli.CommandLine.IVersionProvider;

/** Gives picocli's {@code --version} the relay's version. */
public final class Version implements IVersionProvider {

    public static String current() {
        return RelayVersion.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hearth-relay " + current()};
    }
}
