#!/usr/bin/env bash
# Runs the JMH benchmarks of shared-model (codec, nick key) and the relay (fan-out), each in the
# module it measures, with the GC profiler so every result carries bytes allocated per operation.
# Extra arguments are JMH options for both runs, e.g. `relay/tools/jmh.sh -f 3`. Needs JDK 25.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -pl shared-model -am install -DskipTests
./mvnw -B -q -ntp -pl relay test-compile
for module in shared-model relay; do
  deps="$(./mvnw -B -q -ntp -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
  java -cp "$module/target/test-classes:$module/target/classes:$deps" org.openjdk.jmh.Main -prof gc -rf json \
    -rff "$module/target/jmh-result.json" "$@"
done
