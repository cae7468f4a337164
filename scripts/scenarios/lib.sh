# Helpers for the curl scenarios: each call prints "METHOD path -> status" and keeps the body in $BODY.
# The scenarios run against a started platform (./kombel) through the gateway only.
set -euo pipefail

KOMBEL_URL="${KOMBEL_URL:-http://localhost:${KOMBEL_GATEWAY_PORT:-8080}}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
credentials="${KOMBEL_DATA_DIR:-$root/.kombel}/credentials.properties"
RUN="$(date +%s)"
BODY=""
STATUS=""

setting() { grep "^$1=" "$credentials" | cut -d= -f2-; }
ADMIN_EMAIL="${KOMBEL_ADMIN_EMAIL:-admin@kombel.local}"

# call METHOD PATH TOKEN [JSON] [EXTRA CURL ARGS...]; sets STATUS and BODY, prints a line.
call() {
  local method="$1" path="$2" token="$3" data="${4:-}"
  shift 4 || shift $#
  local args=(-s -o /tmp/kombel-scenario-body -w '%{http_code}' -X "$method" "$KOMBEL_URL$path"
    -H 'Accept-Language: en')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  STATUS="$(curl "${args[@]}" "$@")"
  BODY="$(tr -d '\0' < /tmp/kombel-scenario-body)" # a PDF body has NUL bytes
  printf '  %-6s %-72s -> %s\n' "$method" "$path" "$STATUS"
}

# expect STATUS...: stops the scenario when the last call answered anything else.
expect() {
  local want
  for want in "$@"; do [ "$STATUS" = "$want" ] && return 0; done
  echo "  unexpected status $STATUS (wanted $*): $BODY" >&2
  exit 1
}

json() { jq -r "$1" <<<"$BODY"; }

step() { printf '\n%s\n' "$*"; }

# login EMAIL PASSWORD -> prints the access token; waits out the gateway's login rate limit.
login() {
  local email="$1" password="$2" wait
  while true; do
    call POST /api/v1/auth/login "" "{\"email\":\"$email\",\"password\":\"$password\"}" \
      -D /tmp/kombel-scenario-headers >&2
    if [ "$STATUS" = 429 ]; then
      wait="$(awk 'tolower($1)=="retry-after:" {print $2+0}' /tmp/kombel-scenario-headers)"
      echo "  (login rate limit at the gateway: waiting ${wait}s as Retry-After says)" >&2
      sleep "${wait:-10}"
      continue
    fi
    expect 200 >&2
    json .accessToken
    return
  done
}

# register NAME EMAIL REGION -> registers a teacher with the scenario password.
register() {
  call POST /api/v1/members "" "{\"email\":\"$2\",\"password\":\"$SCENARIO_PASSWORD\",\"name\":\"$1\",
    \"regionId\":\"$3\",\"school\":\"SMP Negeri ${RANDOM:0:2} Garut\",\"subjects\":[\"Matematika\"],
    \"levels\":[\"SMP\"],\"educatorType\":\"PENDIDIK\"}"
  expect 201
}

# until_status WANT METHOD PATH TOKEN: repeats a GET until it answers WANT (events are asynchronous).
until_status() {
  local want="$1" i
  for i in $(seq 1 60); do
    call "$2" "$3" "$4" "" >/dev/null
    [ "$STATUS" = "$want" ] && { printf '  %-6s %-72s -> %s (after %s tries)\n' "$2" "$3" "$STATUS" "$i"; return; }
    sleep 0.5
  done
  echo "  $2 $3 never answered $want (last $STATUS: $BODY)" >&2
  exit 1
}

SCENARIO_PASSWORD="Scenario-${RUN}-Kombel!"
