#!/usr/bin/env bash
# What the gateway costs: the same GET against a stub upstream directly and through the gateway
# (token validation, rate limit, circuit breaker, retry filter, request id, tracing, proxy), with
# wrk. Not part of the test run. Everything listens on 127.0.0.1 and stops by itself. The member
# quota is lifted and slow calls do not open the breaker: on a busy machine the measurement must not
# be cut short by the gateway protecting a service that is fine.
#
#   gateway/bench/overhead.sh              defaults: 32 connections, 2 threads, 20 s per run
#   CONNECTIONS=8 DURATION=30s gateway/bench/overhead.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
STUB_PORT="${STUB_PORT:-18090}"
GATEWAY_PORT="${GATEWAY_PORT:-18080}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk > /dev/null 2>&1; then
  echo "installing wrk from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk > /dev/null
fi
if [ ! -f gateway/target/gateway.jar ]; then
  ./mvnw -B -q -pl gateway -am package -DskipTests -Dspotless.check.skip=true
fi

wait_for() { # url
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2> /dev/null; then return 0; fi
    sleep 0.5
  done
  echo "no answer from $1" >&2
  exit 1
}

# TCP_NODELAY: without it the JDK server delays every keep-alive answer by ~40 ms (Nagle + delayed ACK).
java -Xmx128m -Dsun.net.httpserver.nodelay=true gateway/bench/StubUpstream.java "$STUB_PORT" "$work/token" > "$work/stub.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:${STUB_PORT}/.well-known/jwks.json"
token="$(cat "$work/token")"

upstream="http://127.0.0.1:${STUB_PORT}"
MEMBERSHIP_URL="$upstream" LEARNING_URL="$upstream" DISCUSSION_URL="$upstream" \
  java -Xms256m -Xmx512m -jar gateway/target/gateway.jar \
  --server.port="$GATEWAY_PORT" \
  --kombel.gateway.rate-limit.member.requests=1000000000 \
  --resilience4j.circuitbreaker.configs.default.slow-call-rate-threshold=100 \
  --logging.level.root=WARN > "$work/gateway.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:${GATEWAY_PORT}/actuator/health/readiness"

run() { # name url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$2" > "$work/$1.txt"
  if [[ "$1" != warm-* ]] && grep -q "Non-2xx" "$work/$1.txt"; then
    echo "$1: some answers were not 2xx" >&2
    cat "$work/$1.txt" >&2
    exit 1
  fi
}
rps() { awk '/^Requests\/sec/ {print $2}' "$work/$1.txt"; }
ms() { # file percentile -> milliseconds
  awk -v p="$2" '$1 == p {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$work/$1.txt"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming up (JIT) ..."
DURATION=20s run warm-direct "${upstream}/api/v1/goals/g-1"
DURATION=20s run warm-gateway "http://127.0.0.1:${GATEWAY_PORT}/api/v1/goals/g-1"

echo "measuring: ${CONNECTIONS} connections, ${THREADS} wrk threads, ${DURATION} each"
run direct "${upstream}/api/v1/goals/g-1"
run gateway "http://127.0.0.1:${GATEWAY_PORT}/api/v1/goals/g-1"

direct_rps="$(rps direct)"; gateway_rps="$(rps gateway)"
d50="$(ms direct 50%)"; d99="$(ms direct 99%)"; g50="$(ms gateway 50%)"; g99="$(ms gateway 99%)"
printf '\n%-10s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-10s %12.0f %10.3f %10.3f\n' direct "$direct_rps" "$d50" "$d99"
printf '%-10s %12.0f %10.3f %10.3f\n' gateway "$gateway_rps" "$g50" "$g99"
awk -v d="$direct_rps" -v g="$gateway_rps" -v d50="$d50" -v g50="$g50" -v d99="$d99" -v g99="$g99" 'BEGIN {
  printf "\nthroughput through the gateway: %.2f of direct\n", g / d
  printf "added latency: p50 %+.3f ms, p99 %+.3f ms\n", g50 - d50, g99 - d99
}'
echo "load average before and after: ${load_before} / $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
