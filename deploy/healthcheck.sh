#!/usr/bin/env bash
# Container health check for the Kombel apps: GET a local actuator path, healthy only on HTTP 200.
# Uses bash's /dev/tcp so the runtime image needs neither curl nor wget (newer Temurin images drop
# them). Usage: healthcheck [path], default /actuator/health/readiness.
set -euo pipefail

path="${1:-/actuator/health/readiness}"
port="${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:?SERVER_PORT is not set}}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
read -r -t 5 _version status _reason <&3
[[ "$status" == 200 ]]
