#!/bin/sh
# Builds the Linux client packages from the linux-x64 platform jar:
#   Hearth app image (jpackage @common.args @linux.args) with its own runtime
#   hearth-client_<version>_amd64.deb   the app image under /opt/hearth, desktop entry, hearth:// handler
#   hearth-client-<version>.tar.gz      the app image alone, portable
# On Windows and macOS the same common.args with windows.args / mac.args make the .msi / .dmg
# (see .github/workflows/release.yml).
# Usage, from installers/client-packages: build-client-packages.sh VERSION PLATFORM_JAR WORK_DIR OUT_DIR
set -eu

version=$1 jar=$2 work=$3 out=$4

rm -rf "$work"
mkdir -p "$work/input" "$out"
cp "$jar" "$work/input/"

"$JAVA_HOME/bin/jpackage" @src/jpackage/common.args @src/jpackage/linux.args \
    --app-version "$version" --input "$work/input" --main-jar "$(basename "$jar")" --dest "$work/image"
image=$work/image/Hearth
# jlink's --generate-cds-archive (common.args) writes a second archive for heaps over 32 GB, which a
# chat client never has; without a matching archive a JVM simply starts without one.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

# --- .deb -----------------------------------------------------------------------------------------
root=$work/deb
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$image" "$root/opt/hearth"
ln -s /opt/hearth/bin/Hearth "$root/usr/bin/hearth-client"
install -D -m 644 src/deb/hearth-client.desktop "$root/usr/share/applications/hearth-client.desktop"
install -D -m 644 src/jpackage/linux/hearth.png "$root/usr/share/icons/hicolor/256x256/apps/hearth-client.png"
install -m 755 src/deb/DEBIAN/postinst src/deb/DEBIAN/postrm "$root/DEBIAN/"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" src/deb/DEBIAN/control > "$root/DEBIAN/control"
chmod -R go-w "$root"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/hearth-client_${version}_amd64.deb" >/dev/null

# --- portable app image -----------------------------------------------------------------------------
tar -C "$work/image" --owner=0 --group=0 --numeric-owner -czf "$out/hearth-client-$version.tar.gz" Hearth

ls -l "$out/hearth-client_${version}_amd64.deb" "$out/hearth-client-$version.tar.gz"
