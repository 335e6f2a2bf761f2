#!/bin/sh
# Runs one of the gateway-level benchmark commands (test sources of wbci-gateway, package ...gateway.bench) with the
# reactor's classes, offline and without installing anything:  bench/gateway-bench.sh ExchangeBenchmark key=value ...
# Set NOBUILD=1 to skip the build. JVM options: JAVA_OPTS (default -Xmx4g).
set -e
cd "$(dirname "$0")/.."
CP_FILE=wbci-gateway/target/bench-classpath.txt
if [ -z "$NOBUILD" ] || [ ! -f "$CP_FILE" ]; then
  mvn -B -q -o -pl wbci-gateway -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$CP_FILE"
fi
main="$1"; shift
exec java ${JAVA_OPTS:--Xmx4g} -cp "wbci-gateway/target/test-classes:wbci-gateway/target/classes:$(cat "$CP_FILE")" \
  "org.wbcigateway.gateway.bench.$main" "$@"
