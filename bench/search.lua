-- wrk script: every request a search the output cache has not seen. Each of the queries below (typos, whole
-- questions, a state and a task, abbreviations) is sent with a different upper/lower-case pattern per request, so
-- the cache key differs while the search does the same work.
local queries = {
  "can mas give shots in texas", "phlebotemy", "medical asistant salary", "certifcation", "how much do medical assistants make in florida",
  "can ma give iv", "can a medical assistant do triage", "become a nurse after medical assistant", "online medical assistant program",
  "california scope", "delegation", "cna vs ma", "xray rules in new york", "what is a medical assistant", "vacines in nj",
  "how long does it take to become a medical assistant", "flordia", "medical secretary", "who supervises medical assistants", "blood draw ohio",
}
local n = 0
local function escape(s) return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  local bits = math.floor(n / #queries)
  local out = {}
  for i = 1, #q do
    local c = q:sub(i, i)
    if c:match("%a") then
      if bits % 2 == 1 then c = c:upper() end
      bits = math.floor(bits / 2)
    end
    out[#out + 1] = c
  end
  return wrk.format("GET", "/search?q=" .. escape(table.concat(out)))
end
