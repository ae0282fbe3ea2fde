package dev.hearth.installers.relay;

import dev.hearth.installers.testing.PackageTools;
import java.io.IOException;
import java.nio.file.Path;

/** The relay's packages in installers/target. */
final class RelayPackages {

    private RelayPackages() {}

    static Path deb() {
        return PackageTools.built("hearth-relay_" + PackageTools.VERSION + "_amd64.deb");
    }

    static Path tarball() {
        return PackageTools.built("hearth-relay-" + PackageTools.VERSION + ".tar.gz");
    }

    static Path unpackDeb(Path into) throws IOException, InterruptedException {
        return PackageTools.unpackDeb(deb(), into);
    }
}
