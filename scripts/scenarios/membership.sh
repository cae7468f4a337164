#!/usr/bin/env bash
# Issue #3's scenario through the gateway: teachers and a region admin register, a community is
# proposed, gets its co-leads, is verified; a teacher joins with approval; learning-service and
# discussion-service see the membership in their replicas; notifications arrive.
source "$(dirname "$0")/lib.sh"

region="kab-garut-$RUN"

step "1. The platform admin creates a region (WIB)"
admin="$(login "$ADMIN_EMAIL" "$(setting admin.password)")"
call POST /api/v1/regions "$admin" "{\"code\":\"$region\",\"name\":\"Kabupaten Garut\",\"province\":\"Jawa Barat\",\"timeZone\":\"WIB\"}"
expect 201

step "2. Four teachers and a future region admin register"
for who in lead colead1 colead2 joiner officer; do
  register "Guru $who" "$who-$RUN@scenario.kombel.local" "$region"
done
call POST /api/v1/members "" "{\"email\":\"LEAD-$RUN@Scenario.Kombel.Local\",\"password\":\"$SCENARIO_PASSWORD\",\"name\":\"Copy\",\"regionId\":\"$region\",\"educatorType\":\"PENDIDIK\"}"
expect 409
echo "  (the same email in other letter case is refused: $(json .type))"

lead="$(login "lead-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
colead1="$(login "colead1-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
colead2="$(login "colead2-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
joiner="$(login "joiner-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
officer="$(login "officer-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
call GET /api/v1/members/me "$colead1" ""; colead1_id="$(json .id)"
call GET /api/v1/members/me "$colead2" ""; colead2_id="$(json .id)"
call GET /api/v1/members/me "$joiner" ""; joiner_id="$(json .id)"
call GET /api/v1/members/me "$officer" ""; officer_id="$(json .id)"

step "3. The platform admin appoints the region admin; the officer refreshes into a token with the role"
call PUT "/api/v1/regions/$region/admins/$officer_id" "$admin" ""
expect 200 201 204
officer="$(login "officer-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"

step "4. A teacher proposes a community that needs approval to join"
call POST /api/v1/communities "$lead" "{\"regionId\":\"$region\",\"type\":\"CROSS_SCHOOL\",
  \"name\":\"MGMP Matematika SMP Garut $RUN\",\"description\":\"Belajar bersama asesmen diagnostik\",
  \"subjects\":[\"Matematika\"],\"levels\":[\"SMP\"],\"joinPolicy\":\"APPROVAL\",
  \"meeting\":{\"frequency\":\"FORTNIGHTLY\",\"dayOfWeek\":\"WEDNESDAY\",\"time\":\"14:00\"}}"
expect 201
community="$(json .id)"
echo "  community $community, status $(json .status)"
call POST "/api/v1/communities/$community/verify" "$officer" ""
expect 422
echo "  (verification without two co-leads is refused: $(json .type))"

step "5. The lead invites two co-leads; they accept"
for pair in "$colead1_id:$colead1" "$colead2_id:$colead2"; do
  call POST "/api/v1/communities/$community/invitations" "$lead" "{\"memberId\":\"${pair%%:*}\",\"role\":\"CO_LEAD\"}"
  expect 201
  call POST "/api/v1/communities/$community/memberships/${pair%%:*}/accept" "${pair#*:}" ""
  expect 200
done

step "6. The region admin verifies it"
call POST "/api/v1/communities/$community/verify" "$officer" ""
expect 200
echo "  status $(json .status), version $(json .version)"

step "7. A teacher asks to join; the lead approves"
call POST "/api/v1/communities/$community/memberships" "$joiner" ""
expect 201
echo "  membership status $(json .status)"
for i in $(seq 1 40); do
  call GET /api/v1/notifications "$lead" "" >/dev/null
  [ "$(json '[.items[] | select(.type == "JOIN_REQUESTED")] | length')" -gt 0 ] && break
  sleep 0.5
done
call GET /api/v1/notifications "$lead" ""
json '.items[] | "  lead: \(.type): \(.text)"'
call GET "/api/v1/communities/$community/problems" "$joiner" ""
echo "  before approval, discussion-service refuses the joiner the community's problems: $STATUS $(json .type)"
call POST "/api/v1/communities/$community/memberships/$joiner_id/approve" "$lead" ""
expect 200
echo "  membership status $(json .status)"

step "8. learning-service and discussion-service know the new member (their replicas)"
until_status 200 GET "/api/v1/communities/$community/activities" "$joiner"
until_status 200 GET "/api/v1/communities/$community/problems" "$joiner"

step "9. The joiner reads the notifications"
for i in $(seq 1 30); do
  call GET /api/v1/notifications "$joiner" "" >/dev/null
  [ "$(json '.items | length')" -gt 0 ] && break
  sleep 0.5
done
call GET /api/v1/notifications "$joiner" ""
json '.items[] | "  - \(.type): \(.text)"'
call GET /api/v1/notifications/unread-count "$joiner" ""
echo "  unread: $BODY"

step "Done: region $region, community $community"
