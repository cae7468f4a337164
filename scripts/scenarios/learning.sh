#!/usr/bin/env bash
# Issue #4's scenario through the gateway: a lead schedules a workshop with 2 seats, three teachers
# register (one waitlisted), one cancels (the waitlisted one is promoted), check-in with the rotating
# code, completion, the learning record shows the JP, the certificate verifies publicly.
# Uses the demo community of ./kombel's first start (lead siti@demo.kombel.local).
source "$(dirname "$0")/lib.sh"

community="$(cat "${KOMBEL_DATA_DIR:-$root/.kombel}/demo-data-loaded")"
demo_password="$(setting demo.password)"

step "1. Three teachers register and join the demo community (open to join)"
for who in ayu bayu citra; do
  register "Guru $who" "$who-$RUN@scenario.kombel.local" kota-bandung
done
lead="$(login siti@demo.kombel.local "$demo_password")"
ayu="$(login "ayu-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
bayu="$(login "bayu-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
citra="$(login "citra-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
for token in "$ayu" "$bayu" "$citra"; do
  call POST "/api/v1/communities/$community/memberships" "$token" ""
  expect 201
done

step "2. The lead schedules a workshop with 2 seats, 4 JP, starting in 90 s (local time, WIB)"
start_epoch="$(( $(date +%s) + 90 ))"
starts="$(TZ=Asia/Jakarta date -d "@$start_epoch" +%Y-%m-%dT%H:%M:%S)"
ends="$(TZ=Asia/Jakarta date -d '+3 hours' +%Y-%m-%dT%H:%M:%S)"
call POST "/api/v1/communities/$community/activities" "$lead" "{\"kind\":\"WORKSHOP\",
  \"title\":\"Lokakarya asesmen diagnostik $RUN\",\"description\":\"Menyusun asesmen awal kelas 7\",
  \"startsAt\":\"$starts\",\"endsAt\":\"$ends\",\"mode\":\"IN_PERSON\",\"venue\":\"SMPN 5 Bandung\",
  \"capacity\":2,\"learningHoursJp\":4,\"competencies\":[\"Asesmen\"],\"openToOtherCommunities\":false}"
expect 201
activity="$(json .id)"
echo "  activity $activity, starts $(json .startsAt) ($(json .local.startsAt) $(json .local.timeZone))"
call POST "/api/v1/activities/$activity/publish" "$lead" ""
expect 200

step "3. Three teachers register for two seats"
for token in "$ayu" "$bayu" "$citra"; do
  # learning-service learns of the new memberships from membership-service's events: until its
  # replica has them a registration is refused (404) and nothing is stored, so it is simply retried.
  for i in $(seq 1 60); do
    call POST "/api/v1/activities/$activity/registrations" "$token" ""
    [ "$STATUS" != 404 ] && break
    sleep 0.5
  done
  expect 201
  echo "  $(json .status) $(json '.position // ""')"
done

step "4. The first cancels; the waitlisted one is promoted"
call DELETE "/api/v1/activities/$activity/registrations/me" "$ayu" ""
expect 200
for i in $(seq 1 40); do
  call GET "/api/v1/activities/$activity/registrations/me" "$citra" "" >/dev/null
  [ "$(json .status)" = CONFIRMED ] && break
  sleep 0.5
done
call GET "/api/v1/activities/$activity/registrations/me" "$citra" ""
echo "  citra: $(json .status), promoted from the waitlist: $(json .promotedFromWaitlist)"
call GET "/api/v1/activities/$activity/seats" "$lead" ""
echo "  seats: $BODY"

step "5. The facilitator shows the rotating check-in code; the registrants check in"
call GET "/api/v1/activities/$activity/check-in-code" "$lead" ""
expect 200
code="$(json .code)"
echo "  code $code, rotates at $(json .rotatesAt)"
call POST "/api/v1/activities/$activity/check-ins" "$bayu" "{\"code\":\"000000\"}"
echo "  a wrong code: $(json .type)"
for token in "$bayu" "$citra"; do
  call GET "/api/v1/activities/$activity/check-in-code" "$lead" "" >/dev/null
  call POST "/api/v1/activities/$activity/check-ins" "$token" "{\"code\":\"$(json .code)\"}"
  expect 200
done
call GET "/api/v1/activities/$activity/attendance" "$lead" ""
echo "  attendance report: $(json 'tostring' | cut -c1-300)"

step "6. The lead completes the workshop once it has started (twice: credited once)"
echo "  (waiting for the start at $starts WIB)"
while [ "$(date +%s)" -le "$start_epoch" ]; do sleep 1; done
call POST "/api/v1/activities/$activity/complete" "$lead" ""
expect 200
call POST "/api/v1/activities/$activity/complete" "$lead" ""
expect 200

step "7. The learning record shows the JP; the certificate verifies without a token"
for i in $(seq 1 60); do
  call GET /api/v1/learning-records/me/activities "$bayu" "" >/dev/null
  [ "$(json '.items[0].certificateCode // empty')" != "" ] && break
  sleep 0.5
done
certificate="$(json '.items[0].certificateCode')"
call GET /api/v1/learning-records/me "$bayu" ""
echo "  total: $(json '.total | tostring')"
echo "  months: $(json '.months | tostring')"
call GET "/api/v1/certificates/$certificate/verification" "" ""
expect 200
echo "  $(json '{valid, holderName, activityTitle, heldOn, jp, communityName, regionId} | tostring')"
call GET "/api/v1/certificates/NOT-A-REAL-CODE/verification" "" ""
echo "  an unknown code: $STATUS"

step "8. The holder downloads the certificate as a PDF; a teacher who is not its holder may not"
call GET "/api/v1/certificates/$certificate/pdf" "$bayu" ""
expect 200
echo "  $(head -c 8 /tmp/kombel-scenario-body | tr -dc '[:print:]') ($(wc -c < /tmp/kombel-scenario-body) bytes)"
call GET "/api/v1/certificates/$certificate/pdf" "$citra" ""
expect 403

step "Done: activity $activity, certificate $certificate"
