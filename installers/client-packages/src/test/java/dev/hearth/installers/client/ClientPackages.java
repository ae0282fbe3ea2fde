package dev.hearth.installers.client;

import dev.hearth.installers.testing.PackageTools;
import java.io.IOException;
import java.nio.file.Path;

/** The client's packages in installers/target. */
final class ClientPackages {

    private ClientPackages() {}

    static Path deb() {
        return PackageTools.built("hearth-client_" + PackageTools.VERSION + "_amd64.deb");
    }

    static Path tarball() {
        return PackageTools.built("hearth-client-" + PackageTools.VERSION + ".tar.gz");
    }

    static Path unpackDeb(Path into) throws IOException, InterruptedException {
        return PackageTools.unpackDeb(deb(), into);
    }

    static Path platformJar(String platform) {
        return PackageTools.built("hearth-client-" + PackageTools.VERSION + "-" + platform + ".jar");
    }
}
