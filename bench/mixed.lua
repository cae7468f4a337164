-- Mixed load through the gateway for bench/run.sh (wrk): teachers browsing lists, posting problems
-- and registering for activities. Reads what BenchClient's mixed-setup wrote (MIXED_DATA): the
-- community, the teachers' tokens and the published activities.
--
-- Per request, at random: 30 % the community's problems (first page), 20 % its activities,
-- 15 % my communities, 10 % one activity, 10 % post a problem, 15 % register for an activity or
-- cancel a registration. Registrations walk the (teacher, activity) pairs of the thread: all
-- registered, then all cancelled, then registered again, so a pair's two requests are thousands of
-- requests apart and every answer is 2xx.

local community
local tokens, activities = {}, {}
for line in io.lines(os.getenv("MIXED_DATA")) do
  local kind, value = line:match("^(%S+) (%S+)$")
  if kind == "community" then community = value
  elseif kind == "token" then tokens[#tokens + 1] = value
  elseif kind == "activity" then activities[#activities + 1] = value end
end

-- each thread's own state: id (0..threads-1), how many threads there are, and how far its walk over
-- the registration pairs got in the previous wrk run (MIXED_DATA.state), so the next run goes on from there
local thread_count = 0
local all_threads = {}
local walked = {}
local state = os.getenv("MIXED_DATA") .. ".state"
local saved = io.open(state, "r")
if saved then
  for value in saved:lines() do walked[#walked + 1] = tonumber(value) end
  saved:close()
end

function setup(thread)
  thread:set("id", thread_count)
  thread:set("threads", tonumber(os.getenv("WRK_THREADS") or "2"))
  thread:set("registrations", walked[thread_count + 1] or 0)
  thread_count = thread_count + 1
  all_threads[thread_count] = thread
end

function done(summary, latency, requests)
  local out = io.open(state, "w")
  for _, thread in ipairs(all_threads) do out:write(tostring(thread:get("registrations")) .. "\n") end
  out:close()
end

local counter = 0
local problem = [[{"title":"Siswa kurang termotivasi %d","description":"Siswa kelas 8 kurang bersemangat saat pelajaran matematika",]]
  .. [["category":"STUDENT_MOTIVATION","subject":"Matematika","level":"SMP","grade":8,"tags":["motivasi"]}]]

local function get(path, token)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

function init()
  math.randomseed(os.time() + (id or 0) * 7919)
end

function request()
  local token = tokens[math.random(#tokens)]
  local r = math.random(100)
  if r <= 30 then
    return get("/api/v1/communities/" .. community .. "/problems?limit=20", token)
  elseif r <= 50 then
    return get("/api/v1/communities/" .. community .. "/activities", token)
  elseif r <= 65 then
    return get("/api/v1/memberships", token)
  elseif r <= 75 then
    return get("/api/v1/activities/" .. activities[math.random(#activities)], token)
  elseif r <= 85 then
    counter = counter + 1
    return wrk.format("POST", "/api/v1/communities/" .. community .. "/problems",
      {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"},
      string.format(problem, counter))
  end
  -- this thread's pairs: every threads-th pair of all (teacher, activity) pairs
  local pairs_total = #tokens * #activities
  local mine = math.floor(pairs_total / threads)
  registrations = registrations + 1
  local k = registrations - 1
  local pair = id + threads * (k % mine)
  local teacher = tokens[pair % #tokens + 1]
  local activity = activities[math.floor(pair / #tokens) + 1]
  local path = "/api/v1/activities/" .. activity .. "/registrations"
  if math.floor(k / mine) % 2 == 0 then
    return wrk.format("POST", path, {["Authorization"] = "Bearer " .. teacher})
  end
  return wrk.format("DELETE", path .. "/me", {["Authorization"] = "Bearer " .. teacher})
end

-- counts answers per status (wrk only says how many were not 2xx/3xx)
local statuses = {}
function response(status, headers, body)
  if status >= 400 and (statuses[status] or 0) < 3 then
    io.stderr:write("answer " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
  end
  statuses[status] = (statuses[status] or 0) + 1
end
