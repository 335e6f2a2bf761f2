#!/bin/sh
# Issue 7 benchmarks, each ratio measured side by side in one run (bench/README.md, section 4).
#   bench/issue7.sh exchange [clients=32 warmup=30 seconds=60]   (1) JMH floor, then the two gateways
#   bench/issue7.sh inbound  [clients=16 seconds=20 ...]          (2)+(3) gateway inbound, then pgbench
#   bench/issue7.sh deadline [sizes=100000,10000000]              (4)
#   bench/issue7.sh drain    [messages=100000]                    (5) exchange (short), then the backlog drain
# Every figure is appended to bench/results/issue7.jsonl. Offline build, nothing installed.
set -e
cd "$(dirname "$0")/.."
what="$1"; shift || true
results=bench/results
last() { grep "\"benchmark\":\"$1\"" $results/issue7.jsonl | tail -1 | jq -r ".$2"; }
case "$what" in
  exchange)
    mvn -B -q -o -pl bench -am package -DskipTests
    uptime
    java -jar bench/target/benchmarks.jar ExchangeFloor -t 2 -rf json -rff $results/exchange-floor.json
    floor=$(jq -r '.[0].primaryMetric.score' $results/exchange-floor.json)
    bench/gateway-bench.sh ExchangeBenchmark floor="$floor" "$@" ;;
  inbound)
    bench/gateway-bench.sh InboundBenchmark "$@" ;;
  deadline)
    bench/gateway-bench.sh DeadlineScanBenchmark "$@" ;;
  drain)
    bench/gateway-bench.sh ExchangeBenchmark clients=32 warmup=20 seconds=40
    NOBUILD=1 bench/gateway-bench.sh BacklogDrainBenchmark reference="$(last exchange messages_per_s)" "$@" ;;
  *)
    echo "usage: bench/issue7.sh exchange|inbound|deadline|drain [key=value ...]" >&2; exit 2 ;;
esac
