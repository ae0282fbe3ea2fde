#!/usr/bin/env bash
# Runs the JMH benchmarks of shared-model (codec, nick key), the relay (fan-out) and the client
# (history search over 100,000 messages, keeping a burst, cutting a line into emoji), each in the
# module it measures, with the GC profiler so every result carries bytes allocated per operation. Extra arguments are JMH options for every
# run, e.g. `relay/tools/jmh.sh -f 3`; MODULES picks the modules, e.g.
# `MODULES=fx-client relay/tools/jmh.sh HistorySearchBenchmark`. Needs JDK 25.
set -euo pipefail
cd "$(dirname "$0")/../.."
modules="${MODULES:-shared-model relay fx-client}"
./mvnw -B -q -ntp -pl shared-model,relay -am install -DskipTests
./mvnw -B -q -ntp -pl relay,fx-client test-compile
for module in $modules; do
  deps="$(./mvnw -B -q -ntp -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
  java --enable-native-access=ALL-UNNAMED -cp "$module/target/test-classes:$module/target/classes:$deps" \
    org.openjdk.jmh.Main -prof gc -rf json -rff "$module/target/jmh-result.json" "$@"
done
