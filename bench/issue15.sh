#!/bin/sh
# Issue 15 acceptance figure, both sides in one command (bench/README.md, section 7).
#   bench/issue15.sh tenants [clients=16 seconds=15 rounds=3 warmup=3000 ...]
#       inbound TEQ OK/s of a gateway with 10 tenants against one with 1, measured alternately (target >= 90 %)
# Figures are appended to bench/results/issue15.jsonl (BENCH_RESULTS=/dev/null for a trial). Offline build with the reactor, nothing installed.
set -e
cd "$(dirname "$0")/.."
what="$1"; shift || true
export BENCH_RESULTS="${BENCH_RESULTS:-issue15.jsonl}"   # trials: BENCH_RESULTS=/dev/null
case "$what" in
  tenants)
    bench/gateway-bench.sh TenantsInboundBenchmark "$@" ;;
  *)
    echo "usage: bench/issue15.sh tenants [key=value ...]" >&2; exit 2 ;;
esac
