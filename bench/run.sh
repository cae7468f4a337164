#!/usr/bin/env bash
# Kombel's benchmark harness (issue #9): starts the real platform the way ./kombel does (the local
# launcher: Kafka, the document store, the three services and the gateway, each app a JVM with the
# launcher's flags), then runs scenarios against it. Not part of the build or the test run.
# Everything is on its own ports and data folder and stops at the end. The results table (markdown,
# for docs/performance.md) is written to $RESULTS (bench/out/results.md) and printed at the end.
#
#   bench/run.sh                          every scenario, in the order below
#   bench/run.sh propagation mixed        some of them (start-up and memory are always reported)
#   CONNECTIONS=8 DURATION=20s ROUNDS=5 bench/run.sh gateway-overhead
#
# Scenarios:
#   gateway-overhead  the same authenticated GET (GET /api/v1/members/me) directly on
#                     membership-service and through the gateway, alternated ROUNDS times; prints
#                     throughput, p50, p99, the gateway's added latency and the throughput ratio, and
#                     the CPU each request cost the gateway and the service (process CPU time / answers,
#                     from /proc, so other load on the machine does not count).
#   propagation       POST /api/v1/regions (201) -> the region replica in learning-service's database
#                     (PROPAGATION_SAMPLES, one at a time), next to a raw Kafka producer -> consumer
#                     round trip on the same broker in the same run (what EndToEndLatency measures).
#   mixed             teachers through the gateway (bench/mixed.lua: lists, posting problems,
#                     registering and cancelling): wrk at MIXED_CONNECTIONS (a step each), the
#                     highest throughput whose p99 stays under 200 ms.
#   growth            members, memberships, problems and activities seeded to each of GROWTH_SIZES
#                     (clones of documents the services wrote), then the key reads and a write timed
#                     one at a time at each size.
#   (always)          time to ready and resident memory (RSS) of every JVM after start and at the end.
#
# The machine is often shared: the script prints the load average with every result, and reports
# medians. Numbers from a loaded machine say little about latency; CPU per request says more.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-60s}"
ROUNDS="${ROUNDS:-3}"
PROPAGATION_SAMPLES="${PROPAGATION_SAMPLES:-1000}"
MIXED_CONNECTIONS="${MIXED_CONNECTIONS:-2 4 8 16 32}"
GROWTH_SIZES="${GROWTH_SIZES:-1000 100000 1000000}"
PORT_BASE="${BENCH_PORT_BASE:-19080}"
RESULTS="${RESULTS:-bench/out/results.md}"
ALL_SCENARIOS=(gateway-overhead propagation mixed growth)

gateway_port=$PORT_BASE
membership_port=$((PORT_BASE + 1))
kafka_port=$((PORT_BASE + 12))
mongo_port=$((PORT_BASE + 17))
work="$(mktemp -d)"
launcher_pid=""

cleanup() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2> /dev/null; then
    kill -TERM "$launcher_pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$launcher_pid" 2> /dev/null || break; sleep 1; done
  fi
  # the launcher's and the apps' logs outlive the run, next to the results (a run that stopped
  # early is explained there)
  local logs
  logs="$(dirname "$RESULTS")/logs"
  rm -rf "$logs" && mkdir -p "$logs"
  cp "$work/kombel.log" "$logs/" 2> /dev/null || true
  cp "$work"/data/logs/*.log "$logs/" 2> /dev/null || true
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
  platform_start=$(date +%s.%N)
  # hex after a prefix: never contains the email's local part ("bench"), which membership refuses
  password="Kombel-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$password" > "$work/password"
  echo "starting the platform (./kombel, data in $work/data, log in $work/kombel.log) ..."
  # The launcher hands its environment to every app. Quotas and the slow-call breaker would cut the
  # measurement short on a busy machine: lifted for the gateway here, nothing else changes.
  KOMBEL_DATA_DIR="$work/data" \
    KOMBEL_GATEWAY_PORT=$gateway_port KOMBEL_MEMBERSHIP_PORT=$membership_port \
    KOMBEL_LEARNING_PORT=$((PORT_BASE + 2)) KOMBEL_DISCUSSION_PORT=$((PORT_BASE + 3)) \
    KOMBEL_KAFKA_PORT=$kafka_port KOMBEL_MONGO_PORT=$mongo_port \
    KOMBEL_READY_TIMEOUT="${KOMBEL_READY_TIMEOUT:-900}" \
    KOMBEL_ADMIN_EMAIL=bench@kombel.local KOMBEL_ADMIN_PASSWORD="$password" \
    KOMBEL_GATEWAY_RATELIMIT_MEMBER_REQUESTS=1000000000 \
    KOMBEL_GATEWAY_RATELIMIT_LOGIN_REQUESTS=1000 \
    RESILIENCE4J_CIRCUITBREAKER_CONFIGS_DEFAULT_SLOWCALLRATETHRESHOLD=100 \
    KOMBEL_JAVA_OPTS="${KOMBEL_JAVA_OPTS:-}" \
    ./kombel > "$work/kombel.log" 2>&1 &
  launcher_pid=$!
  # no limit of its own: the launcher gives up after KOMBEL_READY_TIMEOUT per group of apps, and a
  # first run builds the jars before that (minutes on a busy machine)
  while true; do
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
sign_in() { # [email password], the bench admin by default
  local email="${1:-bench@kombel.local}" password="${2:-$(cat "$work/password")}"
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "http://localhost:${membership_port}/api/v1/auth/login" |
    sed -E 's/.*"accessToken" *: *"([^"]+)".*/\1/'
}

# The bench community (BenchClient community: a region, a lead, two co-leads, verified), made once
# directly on membership-service; the launcher's demo data goes through a possibly cold gateway.
bench_community() {
  if [ ! -s "$work/community" ]; then
    client_opts=(-Dmembership="http://localhost:$membership_port" -DadminToken="$(sign_in)")
    bench_client community "$work/community"
  fi
}
community_id() { bench_community > /dev/null; awk '$1 == "community" {print $2}' "$work/community"; }
bench_region() { bench_community > /dev/null; awk '$1 == "region" {print $2}' "$work/community"; }
lead_token() { bench_community > /dev/null; sign_in $(awk '$1 == "lead" {print $2, $3}' "$work/community"); }

# BenchClient.java (the JVM measuring client) against the driver and kafka-clients versions the
# services ship with, from the local Maven repository.
bench_client() { # command args... (settings as -D options in $client_opts)
  if [ ! -d "$work/client" ]; then
    local lib cp="" jar
    lib=$(unzip -Z1 membership-service/target/membership-service.jar | grep '^BOOT-INF/lib/')
    for jar in mongodb-driver-sync mongodb-driver-core bson kafka-clients slf4j-api; do
      local file version group
      file=$(grep -E "/$jar-[0-9][^/]*\.jar$" <<< "$lib" | head -1)
      version=${file##*/$jar-}; version=${version%.jar}
      case $jar in
        kafka-clients) group=org/apache/kafka ;;
        slf4j-api) group=org/slf4j ;;
        *) group=org/mongodb ;;
      esac
      cp="$cp:$HOME/.m2/repository/$group/$jar/$version/$jar-$version.jar"
    done
    local nop_version=${cp##*slf4j-api/}; nop_version=${nop_version%%/*}
    cp="${cp#:}:$HOME/.m2/repository/org/slf4j/slf4j-nop/$nop_version/slf4j-nop-$nop_version.jar"
    echo "$cp" > "$work/client.cp"
    javac -d "$work/client" -cp "$cp" bench/BenchClient.java
  fi
  java -Xmx512m -cp "$work/client:$(cat "$work/client.cp")" "${client_opts[@]}" BenchClient "$@"
}

# Markdown for docs/performance.md, gathered as the scenarios run.
report() { echo "$*" >> "$RESULTS"; }
load_now() { cut -d' ' -f1-3 /proc/loadavg; }

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
  # a cold JIT or a loaded machine may time out a request (the gateway answers 503/504): counted
  if grep -q "Non-2xx" "$out"; then
    echo "$1: $(awk '/Non-2xx/ {print $NF}' "$out") answers were not 2xx" >&2
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
  report ""
  report "### Gateway overhead: GET /api/v1/members/me, $CONNECTIONS connections, medians of $ROUNDS x $DURATION (load $(load_now))"
  report ""
  report "| path | req/s | p50 ms | p99 ms | CPU/request (gateway, service) |"
  report "|---|---|---|---|---|"
  report "| direct on membership-service | $dr | $d50 | $d99 | -, $scpu ms |"
  report "| through the gateway | $gr | $g50 | $g99 | $gcpu ms, $(median gateway 6) ms |"
  report "$(awk -v d="$dr" -v g="$gr" -v d50="$d50" -v g50="$g50" -v d99="$d99" -v g99="$g99" 'BEGIN {
    printf "| **gateway / direct** | **%.2f** | **%+.1f** | **%+.1f** | aim: >= 0.60, p99 <= +3 ms |", g / d, g50 - d50, g99 - d99 }')"
}

scenario_propagation() {
  echo
  echo "== propagation: POST /api/v1/regions -> region replica in learning-service, $PROPAGATION_SAMPLES samples; raw Kafka beside it"
  client_opts=(-Dsamples="$PROPAGATION_SAMPLES" -Dmembership="http://localhost:$membership_port"
    -DadminToken="$(sign_in)" -Dkafka="localhost:$kafka_port" -Dmongo="mongodb://localhost:$mongo_port")
  report ""
  report "### Event propagation, $PROPAGATION_SAMPLES writes one at a time (load $(load_now) at start)"
  report ""
  report "| what | samples | p50 ms | p99 ms | p99.9 ms | max ms |"
  report "|---|---|---|---|---|---|"
  bench_client propagation | tee -a "$RESULTS"
  report ""
  report "Load at the end: $(load_now). The relay publishes on the write's own wake-up (no poll); its sweep" \
    "(kombel.events.relay.sweep-interval, 2 s, grace 1 s) only catches what that missed. Consumers: fetch.min.bytes 1," \
    "so a fetch answers as soon as a record arrives."
}

scenario_mixed() {
  local community lead data="$work/mixed.data" c out
  community=$(community_id); lead=$(lead_token)
  gateway_pid=$(app_pid gateway)
  echo
  echo "== mixed: teachers through the gateway (bench/mixed.lua), connections: $MIXED_CONNECTIONS"
  client_opts=(-Dgateway="http://localhost:$gateway_port" -Dmembership="http://localhost:$membership_port"
    -Dcommunity="$community" -Dregion="$(bench_region)" -DleadToken="$lead" -Dteachers="${MIXED_TEACHERS:-40}" -Dactivities="${MIXED_ACTIVITIES:-50}")
  bench_client mixed-setup "$data"
  export MIXED_DATA="$data" WRK_THREADS="$THREADS"
  wrk -t"$THREADS" -c8 -d"${MIXED_WARMUP:-30s}" --timeout 10s -s bench/mixed.lua "http://localhost:$gateway_port" \
    > "$work/mixed-warm.txt" 2> "$work/mixed-warm.err" || true
  report ""
  report "### Mixed load through the gateway, $DURATION per step after a ${MIXED_WARMUP:-30s} warm-up (closed loop: each connection waits for its answer)"
  report ""
  report "| connections | req/s | p50 ms | p90 ms | p99 ms | non-2xx | load |"
  report "|---|---|---|---|---|---|---|"
  : > "$work/mixed"
  for c in $MIXED_CONNECTIONS; do
    out="$work/mixed-$c.txt"
    wrk -t"$THREADS" -c"$c" -d"$DURATION" --timeout 10s --latency -s bench/mixed.lua \
      "http://localhost:$gateway_port" > "$out" 2> "$work/mixed-$c.err"
    local rps p50 p90 p99 bad
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p90=$(to_ms "$(awk '$1 == "90%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    bad=$(awk '/Non-2xx/ {print $NF}' "$out"); bad=${bad:-0}
    echo "$c $rps $p50 $p90 $p99 $bad" >> "$work/mixed"
    report "| $c | $rps | $p50 | $p90 | $p99 | $bad | $(cut -d' ' -f1 /proc/loadavg) |"
    echo "connections $c: $rps req/s, p99 $p99 ms, non-2xx $bad"
    if [ "$bad" != 0 ]; then head -5 "$work/mixed-$c.err" >&2; fi
  done
  report ""
  report "$(awk '$5 < 200 && $6 == 0 && $2 > best {best = $2; c = $1} END {
    if (best) printf "**Sustained at p99 < 200 ms: %d req/s** (%d connections).", best, c
    else printf "**No step kept p99 under 200 ms.**" }' "$work/mixed")"
}

scenario_growth() {
  local community lead size
  community=$(community_id); lead=$(lead_token)
  # seeding clones documents the services wrote: without the mixed scenario before it, a few
  # teachers and activities are made the same way first
  if [ ! -s "$work/mixed.data" ]; then
    client_opts=(-Dgateway="http://localhost:$gateway_port" -Dmembership="http://localhost:$membership_port"
      -Dcommunity="$community" -Dregion="$(bench_region)" -DleadToken="$lead" -Dteachers=2 -Dactivities=2)
    bench_client mixed-setup "$work/mixed.data"
  fi
  echo
  echo "== growth: key reads and a write with ${GROWTH_SIZES// /, } members, memberships, problems, activities"
  report ""
  report "### Cost as the data grows (one request at a time through the gateway, ${GROWTH_SAMPLES:-30} each)"
  report ""
  report "| documents per collection | request | p50 ms | p90 ms | max ms |"
  report "|---|---|---|---|---|"
  for size in $GROWTH_SIZES; do
    client_opts=(-Dgateway="http://localhost:$gateway_port" -Dmongo="mongodb://localhost:$mongo_port"
      -Dmembership="http://localhost:$membership_port"
      -DleadEmail="$(awk '$1 == "lead" {print $2}' "$work/community")"
      -DleadPassword="$(awk '$1 == "lead" {print $3}' "$work/community")"
      -Dcommunity="$community" -DleadToken="$(lead_token)" -Dsamples="${GROWTH_SAMPLES:-20}"
      -DseedLimitSeconds="${GROWTH_SEED_LIMIT:-300}")
    if ! bench_client growth "$size" | tee -a "$RESULTS"; then
      report "| $size | (stopped: see the note) | | | |"
      echo "growth stopped at $size (see above)" >&2
      break
    fi
    echo "size $size done (load $(load_now), launcher RSS $(rss_mb "$launcher_pid") MB)"
  done
  report ""
  report "Load at the end: $(load_now); launcher (Kafka + the store) RSS $(rss_mb "$launcher_pid") MB."
}

# --- start-up and memory ------------------------------------------------------------------------

rss_mb() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

memory_row() { # label
  local row="| $1 | $(rss_mb "$launcher_pid")" app
  for app in membership-service learning-service discussion-service gateway; do
    row="$row | $(rss_mb "$(app_pid "$app")")"
  done
  report "$row |"
}

startup_report() {
  local ready
  ready=$(grep -o 'Kombel is ready in [0-9.]* s' "$work/kombel.log" | head -1 | grep -o '[0-9.]* s')
  report ""
  report "### Start-up (load $(load_now) when ready)"
  report ""
  report "Whole platform ready in **$ready** (launcher start to gateway ready; the launcher's own lines:)"
  report ""
  report '```'
  grep -E '^  (kafka|mongo store|membership|learning|discussion|gateway) +(ready|starting)' "$work/kombel.log" |
    sed 's/^ *//' >> "$RESULTS"
  report '```'
  report ""
  report "| resident memory (MB) | launcher (Kafka + store) | membership | learning | discussion | gateway |"
  report "|---|---|---|---|---|---|"
  memory_row "after start"
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

mkdir -p "$(dirname "$RESULTS")"
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "machine: $machine, load average $(load_now), $(date -u +%FT%TZ)"
{
  echo "## Results: bench/run.sh ${scenarios[*]}"
  echo
  echo "$machine; $(git rev-parse --short HEAD 2> /dev/null); started $(date -u '+%F %H:%M') UTC, load average $(load_now)"
} > "$RESULTS"
start_platform
startup_report
for scenario in "${scenarios[@]}"; do
  "scenario_${scenario//-/_}"
done
memory_row "at the end"
# the memory table is the start-up section's: move the last row up under it
awk 'BEGIN {n = 0} {line[++n] = $0} END {
  for (i = 1; i <= n; i++) if (line[i] ~ /^\| after start/) at = i
  for (i = 1; i < n; i++) { print line[i]; if (i == at) print line[n] } }' "$RESULTS" > "$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
echo
echo "load average at the end: $(load_now) (other processes share these cores)"
echo
echo "results (markdown, $RESULTS):"
cat "$RESULTS"
