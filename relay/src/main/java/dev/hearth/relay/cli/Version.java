package dev.hearth.relay.cli;

import picocli.CommandLine.IVersionProvider;

/** The relay's version from its jar manifest ({@code Implementation-Version}); "dev" when run from classes. */
public final class Version implements IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hearth-relay " + current()};
    }
}
