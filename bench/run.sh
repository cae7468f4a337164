#!/usr/bin/env bash
# Kombel's benchmark harness (issue #9): starts the real platform the way ./kombel does (the local
# launcher: Kafka, the document store, the three services and the gateway, each app a JVM with the
# launcher's flags), warms it up, then runs scenarios with wrk at a fixed concurrency. Not part of
# the build or the test run. Everything is on its own ports and data folder and stops at the end.
#
#   bench/run.sh                          every scenario (today: gateway-overhead)
#   bench/run.sh gateway-overhead         one scenario
#   CONNECTIONS=8 DURATION=20s ROUNDS=5 bench/run.sh
#
# Scenarios:
#   gateway-overhead  the same authenticated GET (GET /api/v1/members/me) directly on
#                     membership-service and through the gateway, alternated ROUNDS times; prints
#                     throughput, p50, p99, the gateway's added latency and the throughput ratio, and
#                     the CPU each request cost the gateway and the service (process CPU time / answers,
#                     from /proc, so other load on the machine does not count).
# To add one (event propagation, mixed load...): write a scenario_<name> function below and add its
# name to ALL_SCENARIOS; the platform, a token and the helpers (measure, cpu_ms, table) are ready.
#
# The machine is often shared: the script prints the load average and every round, and reports
# medians. Numbers from a loaded machine say little about latency; CPU per request says more.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-60s}"
ROUNDS="${ROUNDS:-3}"
PORT_BASE="${BENCH_PORT_BASE:-19080}"
ALL_SCENARIOS=(gateway-overhead)

gateway_port=$PORT_BASE
membership_port=$((PORT_BASE + 1))
work="$(mktemp -d)"
launcher_pid=""

cleanup() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2> /dev/null; then
    kill -TERM "$launcher_pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$launcher_pid" 2> /dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk > /dev/null 2>&1; then
  echo "installing wrk (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk > /dev/null
fi

# --- the platform -------------------------------------------------------------------------------

start_platform() {
  local password
  # hex after a prefix: never contains the email's local part ("bench"), which membership refuses
  password="Kombel-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$password" > "$work/password"
  echo "starting the platform (./kombel, data in $work/data, log in $work/kombel.log) ..."
  # The launcher hands its environment to every app. Quotas and the slow-call breaker would cut the
  # measurement short on a busy machine: lifted for the gateway here, nothing else changes.
  KOMBEL_DATA_DIR="$work/data" \
    KOMBEL_GATEWAY_PORT=$gateway_port KOMBEL_MEMBERSHIP_PORT=$membership_port \
    KOMBEL_LEARNING_PORT=$((PORT_BASE + 2)) KOMBEL_DISCUSSION_PORT=$((PORT_BASE + 3)) \
    KOMBEL_KAFKA_PORT=$((PORT_BASE + 12)) KOMBEL_MONGO_PORT=$((PORT_BASE + 17)) \
    KOMBEL_READY_TIMEOUT="${KOMBEL_READY_TIMEOUT:-900}" \
    KOMBEL_ADMIN_EMAIL=bench@kombel.local KOMBEL_ADMIN_PASSWORD="$password" \
    KOMBEL_GATEWAY_RATELIMIT_MEMBER_REQUESTS=1000000000 \
    KOMBEL_GATEWAY_RATELIMIT_LOGIN_REQUESTS=1000 \
    RESILIENCE4J_CIRCUITBREAKER_CONFIGS_DEFAULT_SLOWCALLRATETHRESHOLD=100 \
    ./kombel > "$work/kombel.log" 2>&1 &
  launcher_pid=$!
  for _ in $(seq 1 900); do
    if grep -q "Kombel is ready" "$work/kombel.log"; then
      echo "platform ready ($(grep -o 'Kombel is ready in .*' "$work/kombel.log" | head -1))"
      return 0
    fi
    if ! kill -0 "$launcher_pid" 2> /dev/null; then
      echo "the platform did not start (the launcher's own lines; app logs are in its data folder):" >&2
      grep -v '^[0-9]\{4\}-' "$work/kombel.log" | head -40 >&2
      exit 1
    fi
    sleep 1
  done
  echo "the platform was not ready after 15 minutes" >&2
  exit 1
}

# The JVM the launcher started for an app (its child whose command line runs <module>.jar).
app_pid() { # module
  local pid
  for pid in $(pgrep -P "$launcher_pid"); do
    if tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "/$1.jar"; then
      echo "$pid"
      return 0
    fi
  done
  echo "no JVM for $1 under the launcher ($launcher_pid)" >&2
  exit 1
}

# Signs in on membership-service itself, so that the gateway's login quota plays no part.
sign_in() {
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench@kombel.local\",\"password\":\"$(cat "$work/password")\"}" \
    "http://localhost:${membership_port}/api/v1/auth/login" |
    sed -E 's/.*"accessToken" *: *"([^"]+)".*/\1/'
}

# --- measuring ----------------------------------------------------------------------------------

cpu_ms() { # pid -> user+system CPU time in ms
  awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"
}

to_ms() { # wrk duration (us/ms/s) -> ms
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)}
    else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}
    printf "%.3f", v}'
}

# One wrk run; appends "name rps p50 p99 cpu_gateway_ms cpu_service_ms" to $work/results.
measure() { # name url duration
  local g0 s0 g1 s1 answers out="$work/wrk-$1.txt"
  g0=$(cpu_ms "$gateway_pid"); s0=$(cpu_ms "$service_pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s --latency -H "Authorization: Bearer $token" "$2" > "$out"
  g1=$(cpu_ms "$gateway_pid"); s1=$(cpu_ms "$service_pid")
  # a cold JIT may time out a request while warming up; a measured round must answer every request
  if [[ "$1" != warm-* ]] && grep -q "Non-2xx" "$out"; then
    echo "$1: some answers were not 2xx:" >&2
    cat "$out" >&2
    exit 1
  fi
  if grep -q "Socket errors" "$out"; then
    echo "$1: $(grep "Socket errors" "$out" | sed 's/^ *//')" >&2
  fi
  answers=$(awk '/requests in/ {print $1}' "$out")
  echo "$1 $(awk '/^Requests\/sec/ {print $2}' "$out") $(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")" \
    "$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")" \
    "$(awk -v a="$g0" -v b="$g1" -v n="$answers" 'BEGIN {printf "%.3f", (b - a) / n}')" \
    "$(awk -v a="$s0" -v b="$s1" -v n="$answers" 'BEGIN {printf "%.3f", (b - a) / n}')" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$work/results"
}

median() { # column, rows matching name
  awk -v name="$1" -v col="$2" '$1 == name {print $col}' "$work/results" | sort -g |
    awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# --- scenarios ----------------------------------------------------------------------------------

scenario_gateway_overhead() {
  local path=/api/v1/members/me
  local direct="http://localhost:${membership_port}${path}" through="http://localhost:${gateway_port}${path}"
  gateway_pid=$(app_pid gateway); service_pid=$(app_pid membership-service)
  token=$(sign_in)
  # a cold gateway may not fetch membership-service's keys within its 2 s limit (503): try again
  for _ in $(seq 1 30); do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$through" 2> /dev/null && break
    sleep 2
  done

  echo
  echo "== gateway-overhead: GET $path, $CONNECTIONS connections, $THREADS wrk threads"
  echo "warming up: $WARMUP direct, $WARMUP through the gateway (the JIT compiles for minutes on 2 busy cores)"
  : > "$work/results"
  measure warm-direct "$direct" "$WARMUP"
  measure warm-gateway "$through" "$WARMUP"
  for round in $(seq 1 "$ROUNDS"); do
    token=$(sign_in) # access tokens are short-lived
    measure direct "$direct" "$DURATION"
    measure gateway "$through" "$DURATION"
    echo "round $round of $ROUNDS done"
  done

  echo
  printf '%-13s %10s %10s %10s %16s %16s %6s\n' run "req/s" "p50 ms" "p99 ms" "gateway CPU/req" "service CPU/req" load
  awk '{printf "%-13s %10.0f %10.3f %10.3f %13.3f ms %13.3f ms %6s\n", $1, $2, $3, $4, $5, $6, $7}' "$work/results"

  local dr gr d50 g50 d99 g99 gcpu scpu
  dr=$(median direct 2); gr=$(median gateway 2)
  d50=$(median direct 3); g50=$(median gateway 3); d99=$(median direct 4); g99=$(median gateway 4)
  gcpu=$(median gateway 5); scpu=$(median direct 6)
  echo
  echo "medians of $ROUNDS rounds:"
  printf '%-10s %10s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
  printf '%-10s %10.0f %10.3f %10.3f\n' direct "$dr" "$d50" "$d99"
  printf '%-10s %10.0f %10.3f %10.3f\n' gateway "$gr" "$g50" "$g99"
  awk -v d="$dr" -v g="$gr" -v d50="$d50" -v g50="$g50" -v d99="$d99" -v g99="$g99" -v gc="$gcpu" -v sc="$scpu" 'BEGIN {
    printf "throughput through the gateway: %.2f of direct\n", g / d
    printf "added latency: p50 %+.3f ms, p99 %+.3f ms\n", g50 - d50, g99 - d99
    printf "CPU per request: gateway %.3f ms, membership-service %.3f ms (direct calls)\n", gc, sc
  }'
}

# --- main ---------------------------------------------------------------------------------------

scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=("${ALL_SCENARIOS[@]}")
for scenario in "${scenarios[@]}"; do
  declare -F "scenario_${scenario//-/_}" > /dev/null || {
    echo "unknown scenario: $scenario (known: ${ALL_SCENARIOS[*]})" >&2
    exit 2
  }
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
start_platform
for scenario in "${scenarios[@]}"; do
  "scenario_${scenario//-/_}"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
