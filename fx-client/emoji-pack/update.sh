#!/usr/bin/env bash
# Regenerates the client's emoji pack from the emoji-datasource-google npm package (Noto Emoji
# images, Apache 2.0; the datasource's sheet layout and names, MIT). Run by hand when a new
# Unicode emoji version is wanted; the build itself never downloads anything.
set -euo pipefail
version="${1:-16.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/dev/hearth/client/emoji"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "emoji-datasource-google@$version" >/dev/null && tar xzf ./*.tgz)
jackson="$(cd "$here/../.." && ./mvnw -B -q -ntp dependency:build-classpath -pl shared-model -Dmdep.outputFile=/dev/stdout)"
java -cp "$jackson" "$here/EmojiPackWriter.java" "$work/package" 32 "$out"
echo "emoji-datasource-google $version" > "$out/VERSION"
