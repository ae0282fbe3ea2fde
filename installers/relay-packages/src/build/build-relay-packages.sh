#!/bin/sh
# Builds the relay's packages from its runnable jar:
#   hearth-relay_<version>_amd64.deb  jlink'd runtime, /usr/bin/hearth-relay, systemd unit, conffile
#   hearth-relay-<version>.tar.gz     jar, launchers, example unit and config, for any Java 25
# Usage: build-relay-packages.sh VERSION RELAY_JAR LAUNCHER_DIR DOCS_DIR WORK_DIR OUT_DIR
# JAVA_HOME must be the JDK 25 that built the jar (jdeps, jlink).
set -eu

version=$1 jar=$2 launchers=$3 docs=$4 work=$5 out=$6
src=$(cd "$(dirname "$0")/.." && pwd)

rm -rf "$work"
mkdir -p "$work" "$out"

# --- the trimmed runtime: only the modules jdeps finds the relay using -------------------------
# jdeps lists every module some class in the shaded jar touches. Three of them only library
# features the relay never calls reach, and java.desktop would drag X11 and ALSA into a headless
# server: java.desktop (Jackson's java.beans support, ICU's AWT text shaping), java.sql (Jackson's
# and picocli's java.sql.Date converters), java.naming (BouncyCastle's LDAP certificate fetchers).
# The package test runs the real relay on this runtime: TLS, key generation, PEM, JSON, logging.
# java.xml reads a UPnP gateway's device description and SOAP answers (port mapping); jdeps prints
# it only inside java.desktop, which requires it transitively, so dropping java.desktop dropped it.
# jdk.crypto.ec is part of java.base since Java 22.
found=$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps "$jar")
echo "relay-packages: jdeps: $found"
modules=$(printf '%s\n' "$found" | tr ',' '\n' \
    | grep -v -x -e java.desktop -e java.sql -e java.naming | { cat; echo java.logging; echo java.xml; } \
    | sort -u | paste -sd, -)
echo "relay-packages: runtime modules: $modules"
printf '%s\n' "$modules" > "$work/runtime-modules.txt"

root=$work/deb
lib=$root/usr/lib/hearth-relay
mkdir -p "$lib/bin" "$lib/lib"
# --generate-cds-archive: the class-data sharing archive a stock JDK ships and a jlink'd runtime
# lacks unless asked; without it every start parses and verifies the JDK's classes again (about
# 150 ms of the relay's start-up here). The archive for heaps over 32 GB goes: the launcher gives
# the relay 640 MB, and a JVM without a matching archive simply starts without one.
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$lib/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=zip-9 --generate-cds-archive
rm -f "$lib/runtime/lib/server/classes_nocoops.jsa"
cp "$jar" "$lib/lib/hearth-relay.jar"
cp "$launchers/hearth-relay" "$lib/bin/hearth-relay"

# --- the AOT cache: the relay's classes loaded and linked ahead of time ---------------------------
# One training run of the packaged launcher on the packaged runtime: a TLS relay on a loopback
# port, a few sessions of the relay's own load tool through it, then SIGTERM, at which the JVM
# writes the cache. It is only valid for this runtime and this jar (size and time, which dpkg
# keeps); installed elsewhere under the same layout it still maps, as the JVM matches the paths
# by their common prefix. The launcher uses it when it is there.
training=$work/aot-training
mkdir -p "$training"
# Starts the packaged relay with JVM options $1, in the background ($relay_pid), and waits for its
# invite ($invite).
start_training_relay() {
    HEARTH_RELAY_JAVA_OPTS="$1" JAVA_HOME=$lib/runtime HEARTH_RELAY_CONFIG=/dev/null "$lib/bin/hearth-relay" \
        --port 0 --bind 127.0.0.1 --data-dir "$training/data" --lan-announce off --port-mapping off \
        --max-connections-per-address 100 --max-connections-per-network 100 --rate 1000 --burst 1000 \
        >"$training/relay.out" 2>"$training/relay.err" &
    relay_pid=$!
    invite=
    for _ in $(seq 1 300); do
        invite=$(sed -n 's/.* listening on .* invite \(hearth:[^ ]*\).*/\1/p' "$training/relay.out")
        [ -n "$invite" ] && break
        kill -0 "$relay_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$invite" ]; then
        echo "relay-packages: the training relay did not start:" >&2
        cat "$training/relay.out" "$training/relay.err" >&2
        exit 1
    fi
}
# A first start makes the identity, as a host's first start does once; the training run is a
# start like every later one, which reads it (BouncyCastle's PEM parser, the key check).
start_training_relay ""
kill -TERM "$relay_pid"
wait "$relay_pid" || { echo "relay-packages: the first relay did not stop cleanly" >&2; cat "$training/relay.err" >&2; exit 1; }
start_training_relay "-XX:AOTCacheOutput=$lib/lib/hearth-relay.aot"
"$lib/runtime/bin/java" -jar "$lib/lib/hearth-relay.jar" bench --invite "$invite" --sessions 20 --rooms 2 \
    --messages 50 >"$training/bench.out" 2>&1 || { cat "$training/bench.out" >&2; exit 1; }
kill -TERM "$relay_pid"
wait "$relay_pid" || { echo "relay-packages: the training relay did not stop cleanly" >&2; cat "$training/relay.err" >&2; exit 1; }
[ -s "$lib/lib/hearth-relay.aot" ] || { echo "relay-packages: no AOT cache was written" >&2; cat "$training/relay.err" >&2; exit 1; }
echo "relay-packages: AOT cache $(du -k "$lib/lib/hearth-relay.aot" | cut -f1) KiB"

install -D -m 755 "$src/deb/files/hearth-relay" "$root/usr/bin/hearth-relay"
install -D -m 644 "$src/deb/files/hearth-relay.service" "$root/lib/systemd/system/hearth-relay.service"
install -D -m 644 "$src/deb/files/relay.conf" "$root/etc/hearth-relay/relay.conf"
install -D -m 644 "$docs/self-hosting.md" "$root/usr/share/doc/hearth-relay/self-hosting.md"
install -D -m 644 "$docs/relay.md" "$root/usr/share/doc/hearth-relay/relay.md"

mkdir -p "$root/DEBIAN"
for script in postinst prerm postrm; do
    install -m 755 "$src/deb/DEBIAN/$script" "$root/DEBIAN/$script"
done
install -m 644 "$src/deb/DEBIAN/conffiles" "$root/DEBIAN/conffiles"

# The runtime's native libraries need only libc and zlib (checked with objdump at build time).
needed=$(find "$lib/runtime" -name '*.so' -exec objdump -p {} \; 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u | tr '\n' ' ')
echo "relay-packages: the runtime links: $needed"
depends="libc6, zlib1g, passwd, util-linux"
case $needed in
    *libz.so*) ;;
    *) depends="libc6, passwd, util-linux" ;;
esac
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
    "$src/deb/DEBIAN/control" > "$root/DEBIAN/control"
chmod -R go-w "$root"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/hearth-relay_${version}_amd64.deb" >/dev/null

# --- the tarball ----------------------------------------------------------------------------------
name=hearth-relay-$version
tree=$work/tar/$name
mkdir -p "$tree/bin" "$tree/lib" "$tree/systemd" "$tree/docs"
cp "$jar" "$tree/lib/hearth-relay.jar"
install -m 755 "$launchers/hearth-relay" "$tree/bin/hearth-relay"
install -m 644 "$launchers/hearth-relay.cmd" "$tree/bin/hearth-relay.cmd"
install -m 644 "$src/deb/files/hearth-relay.service" "$tree/systemd/hearth-relay.service"
sed -e 's|^data-dir = /var/lib/hearth-relay|# data-dir = /var/lib/hearth-relay|' "$src/deb/files/relay.conf" > "$tree/relay.conf"
sed -e "s/@VERSION@/$version/" "$src/tar/README.txt" > "$tree/README.txt"
install -m 644 "$docs/self-hosting.md" "$docs/relay.md" "$tree/docs/"
tar -C "$work/tar" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"

ls -l "$out/hearth-relay_${version}_amd64.deb" "$out/$name.tar.gz"
