#!/bin/sh
# Issue 13 acceptance figures, each ratio's two sides in one command, one after the other (bench/README.md, section 6).
#   bench/issue13.sh exchange [clients=32 warmup=20 seconds=40]        (P1) JMH exchange floor, then the two gateways
#   bench/issue13.sh inbound  [clients=16 warmup=3000 seconds=20 ...]  (P2)+(P3) JMH inbound floor, the gateway, pgbench
#   bench/issue13.sh drain    [messages=100000]                        (P5) (P1) again, then the backlog drain
# Figures are appended to bench/results/issue13.jsonl, JMH's raw output to bench/results/issue13-*.json.
# Offline build, nothing installed.
set -e
cd "$(dirname "$0")/.."
what="$1"; shift || true
results=bench/results
export BENCH_RESULTS=issue13.jsonl
last() { grep "\"benchmark\":\"$1\"" $results/$BENCH_RESULTS | tail -1 | jq -r ".$2"; }
jmh() { # jmh <benchmark regexp> <output>: 2 threads = the machine's 2 CPUs
  { mvn -B -q -o -pl bench -am package -DskipTests; uptime
    java -jar bench/target/benchmarks.jar "$1" -t 2 -rf json -rff "$2"; } >&2
  jq -r '.[0].primaryMetric.score' "$2"
}
case "$what" in
  exchange)
    floor=$(jmh ExchangeFloor $results/issue13-exchange-floor.json | tail -1)
    bench/gateway-bench.sh ExchangeBenchmark floor="$floor" "$@" ;;
  inbound)
    floor=$(jmh 'InboundFloorBenchmark.onePass' $results/issue13-inbound-floor.json | tail -1)
    bench/gateway-bench.sh InboundBenchmark floor="$floor" "$@" ;;
  drain)
    "$0" exchange clients=32 warmup=60 seconds=40
    NOBUILD=1 bench/gateway-bench.sh BacklogDrainBenchmark reference="$(last exchange messages_per_s)" "$@" ;;
  *)
    echo "usage: bench/issue13.sh exchange|inbound|drain [key=value ...]" >&2; exit 2 ;;
esac
