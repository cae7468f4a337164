#!/usr/bin/env bash
# Issue #11's scenario through the gateway: a member with data in every service downloads all of it
# as one archive, then asks to be erased; every service confirms; the region admin sees that an
# erasure happened, not who. Uses the demo community of ./kombel's first start.
source "$(dirname "$0")/lib.sh"

community="$(cat "${KOMBEL_DATA_DIR:-$root/.kombel}/demo-data-loaded")"
email="eka-$RUN@scenario.kombel.local"

step "1. A teacher registers, joins the demo community, posts a problem (a peer answers it) and shares a resource"
register "Eka Pratiwi $RUN" "$email" kota-bandung
eka="$(login "$email" "$SCENARIO_PASSWORD")"
call GET /api/v1/members/me "$eka" ""; eka_id="$(json .id)"
call POST "/api/v1/communities/$community/memberships" "$eka" ""
expect 201
for i in $(seq 1 60); do
  call POST "/api/v1/communities/$community/problems" "$eka" "{\"title\":\"Media pembelajaran pecahan\",
    \"description\":\"Mencari media konkret untuk pecahan kelas 7\",\"category\":\"LEARNING_MEDIA\",
    \"subject\":\"Matematika\",\"level\":\"SMP\",\"tags\":[\"pecahan\"]}"
  [ "$STATUS" != 404 ] && [ "$STATUS" != 403 ] && break
  sleep 0.5
done
expect 201
problem="$(json .id)"
budi="$(login budi@demo.kombel.local "$(setting demo.password)")"
call POST "/api/v1/problems/$problem/solutions" "$budi" "{\"summary\":\"Gunakan kertas lipat untuk pecahan\"}"
expect 201
for i in $(seq 1 60); do
  call POST "/api/v1/communities/$community/resources" "$eka" "{\"title\":\"Video pecahan senilai\",
    \"url\":\"https://belajar.kemdikbud.go.id/\",\"platform\":\"RUMAH_BELAJAR\",\"kind\":\"VIDEO\",\"tags\":[\"pecahan\"]}"
  [ "$STATUS" != 404 ] && [ "$STATUS" != 403 ] && break
  sleep 0.5
done
expect 201

step "2. Export: the member asks for their data; every service contributes its part"
call POST /api/v1/members/me/exports "$eka" ""
expect 202
export_id="$(json .id)"
for i in $(seq 1 120); do
  call GET "/api/v1/members/me/exports/$export_id" "$eka" "" >/dev/null
  [ "$(json .status)" = READY ] && break
  sleep 0.5
done
call GET "/api/v1/members/me/exports/$export_id" "$eka" ""
echo "  $(json '{status, received, pending, expiresAt} | tostring')"
call GET "/api/v1/members/me/exports/$export_id/archive" "$eka" ""
expect 200
echo "  archive: $(printf '%s' "$BODY" | wc -c) bytes; parts per service:"
json 'paths(type == "object") | select(length == 2) | map(tostring) | join(".")' 2>/dev/null | head -40 | sed 's/^/    /'
echo "  the archive names the problem posted: $(grep -c "$problem" <<<"$BODY") time(s)"

step "3. Erasure: the member asks to be erased (password again); login stops at once"
call POST /api/v1/members/me/erasure "$eka" "{\"password\":\"wrong-password\"}"
echo "  with a wrong password: $STATUS $(json .type)"
call POST /api/v1/members/me/erasure "$eka" "{\"password\":\"$SCENARIO_PASSWORD\"}"
expect 202
erasure="$(json .id)"
while true; do
  call POST /api/v1/auth/login "" "{\"email\":\"$email\",\"password\":\"$SCENARIO_PASSWORD\"}" -D /tmp/kombel-scenario-headers
  [ "$STATUS" != 429 ] && break
  sleep "$(awk 'tolower($1)=="retry-after:" {print $2+0}' /tmp/kombel-scenario-headers)"
done
echo "  login afterwards: $STATUS $(json .type)"
call GET /api/v1/members/me "$eka" ""
echo "  the old access token at membership-service: $STATUS"
for i in $(seq 1 120); do
  call GET "/api/v1/members/erasures/$erasure" "" "" >/dev/null
  [ "$(json .status)" = COMPLETED ] && break
  sleep 0.5
done
call GET "/api/v1/members/erasures/$erasure" "" ""
echo "  $(json 'tostring')"

step "4. Content others rely on stays, without the name; the region admin sees only that it happened"
call GET "/api/v1/problems/$problem" "$budi" ""
echo "  the answered problem stays: $STATUS $(json '{title, authorId, anonymous, solutionCount} | tostring' 2>/dev/null)"
admin="$(login "$ADMIN_EMAIL" "$(setting admin.password)")"
call GET "/api/v1/admin/erasures?regionId=kota-bandung" "$admin" ""
echo "  $(json 'tostring' | cut -c1-300)"
call GET "/api/v1/members/$eka_id" "$budi" ""
echo "  the member's profile: $STATUS"

step "Done: export $export_id, erasure $erasure"
