#!/usr/bin/env bash
# Issue #5's scenario through the gateway: a teacher posts an anonymous problem about low student
# motivation, two peers propose solutions, one is voted helpful and accepted, a peer commits to a trial
# and reports its outcome, appreciation is given, and learning-service's recommendations for the
# problem are visible. Uses the demo community of ./kombel's first start.
source "$(dirname "$0")/lib.sh"

community="$(cat "${KOMBEL_DATA_DIR:-$root/.kombel}/demo-data-loaded")"
demo_password="$(setting demo.password)"

step "1. The demo community's lead signs in; three teachers register and join (plain members)"
siti="$(login siti@demo.kombel.local "$demo_password")"
for who in dedi fadli gita; do
  register "Guru $who" "$who-$RUN@scenario.kombel.local" kota-bandung
done
dedi="$(login "dedi-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
fadli="$(login "fadli-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
gita="$(login "gita-$RUN@scenario.kombel.local" "$SCENARIO_PASSWORD")"
for token in "$dedi" "$fadli" "$gita"; do
  call POST "/api/v1/communities/$community/memberships" "$token" ""
  expect 201
done

step "2. The lead shares a resource on student motivation in the community"
call POST "/api/v1/communities/$community/resources" "$siti" "{\"title\":\"Strategi motivasi belajar siswa SMP\",
  \"url\":\"https://guru.kemendikdasmen.go.id/\",\"platform\":\"PMM\",\"kind\":\"VIDEO\",
  \"subjects\":[\"Matematika\"],\"levels\":[\"SMP\"],\"tags\":[\"motivasi\"],
  \"steps\":[\"Buka Ruang GTK\",\"Cari topik motivasi belajar\"]}"
expect 201

step "3. The new member posts an anonymous problem about low student motivation"
for i in $(seq 1 60); do
  call POST "/api/v1/communities/$community/problems" "$dedi" "{\"title\":\"Siswa kelas 8 kurang motivasi belajar\",
    \"description\":\"Banyak siswa tidak mengerjakan tugas dan pasif di kelas matematika.\",
    \"category\":\"STUDENT_MOTIVATION\",\"subject\":\"Matematika\",\"level\":\"SMP\",\"grade\":8,
    \"tags\":[\"motivasi\",\"matematika\"],\"anonymous\":true}"
  [ "$STATUS" != 404 ] && [ "$STATUS" != 403 ] && break   # discussion-service's replica learns of the membership
  sleep 0.5
done
expect 201
problem="$(json .id)"
echo "  problem $problem: anonymous $(json .anonymous), mine $(json .mine), authorId (to the author) $(json .authorId)"
for i in $(seq 1 60); do
  call GET "/api/v1/problems/$problem" "$gita" "" >/dev/null
  [ "$STATUS" = 200 ] && break
  sleep 0.5
done
call GET "/api/v1/problems/$problem" "$gita" ""
echo "  a peer sees authorId: $(json .authorId), mine: $(json .mine)"
call GET "/api/v1/communities/$community/problems?q=MOTIVASI" "$gita" ""
echo "  a peer's search 'MOTIVASI' finds: $(json '[.items[] | {id, authorId}] | tostring')"
call GET "/api/v1/problems/$problem" "$siti" ""
echo "  the lead (moderation) sees authorId: $(json .authorId)"

step "4. Two peers propose solutions"
call POST "/api/v1/problems/$problem/solutions" "$fadli" "{\"summary\":\"Gamifikasi latihan soal\",
  \"steps\":[\"Bagi kelas menjadi tim\",\"Beri poin tiap soal\"],
  \"resources\":[{\"title\":\"Contoh kuis\",\"url\":\"https://rumahbelajar.id/\"}]}"
expect 201
solution1="$(json .id)"
call POST "/api/v1/problems/$problem/solutions" "$gita" "{\"summary\":\"Kaitkan soal dengan kehidupan sehari-hari\"}"
expect 201
solution2="$(json .id)"

step "5. Two members vote one helpful; the anonymous author accepts it"
call POST "/api/v1/solutions/$solution1/votes" "$siti" ""
expect 200 201
call POST "/api/v1/solutions/$solution1/votes" "$gita" ""
expect 200 201
echo "  helpful votes: $(json .helpfulVotes)"
call POST "/api/v1/solutions/$solution1/votes" "$gita" ""
echo "  a second vote by the same member toggles it off: helpful votes $(json .helpfulVotes)"
call POST "/api/v1/solutions/$solution1/votes" "$gita" ""
call POST "/api/v1/solutions/$solution1/accept" "$gita" ""
echo "  acceptance by a peer who is neither author nor lead: $STATUS $(json .type)"
call POST "/api/v1/solutions/$solution1/accept" "$dedi" ""
expect 200
call GET "/api/v1/problems/$problem" "$dedi" ""
echo "  problem status $(json .status)"

step "6. A peer commits to try the accepted solution in class, then reports the outcome"
due="$(TZ=Asia/Jakarta date -d '+7 days' +%F)"
call POST "/api/v1/solutions/$solution1/trials" "$gita" "{\"dueOn\":\"$due\"}"
expect 201
trial="$(json .id)"
version="$(json .version)"
call POST "/api/v1/trials/$trial/outcome" "$gita" "{\"outcome\":\"WORKED\",\"note\":\"Siswa lebih aktif mengerjakan soal\"}" \
  -H "If-Match: \"$version\""
expect 200
call GET "/api/v1/solutions/$solution1" "$dedi" ""
echo "  solution outcomes: $(json '.outcomes | tostring')"

step "7. Appreciation: terima kasih for the solution and for the outcome (once each)"
call POST "/api/v1/solutions/$solution1/appreciations" "$dedi" "{\"message\":\"Terima kasih, sangat membantu!\"}"
expect 201
call POST "/api/v1/solutions/$solution1/appreciations" "$dedi" "{\"message\":\"Sekali lagi\"}"
echo "  a second appreciation of the same item: $STATUS $(json .type)"
call POST "/api/v1/trials/$trial/appreciations" "$fadli" "{\"message\":\"Hebat, terima kasih sudah berbagi hasilnya\"}"
expect 201

step "8. learning-service's recommendations for the problem"
for i in $(seq 1 60); do
  call GET "/api/v1/problems/$problem/recommendations" "$gita" "" >/dev/null
  [ "$STATUS" = 200 ] && [ "$(json '(.resources // []) | length')" -gt 0 ] && break
  sleep 0.5
done
call GET "/api/v1/problems/$problem/recommendations" "$gita" ""
echo "  $(json 'tostring' | cut -c1-400)"

step "9. Notifications that reached the people involved"
call GET /api/v1/notifications "$dedi" ""
json '.items[] | "  dedi: \(.type) \(.text // "")"'
call GET /api/v1/notifications "$fadli" ""
json '.items[] | "  fadli: \(.type) \(.text // "")"' | head -5
call GET /api/v1/notifications "$gita" ""
json '.items[] | "  gita: \(.type) \(.text // "")"' | head -5

step "Done: problem $problem"
