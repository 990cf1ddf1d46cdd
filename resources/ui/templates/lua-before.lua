-- Before ${events} of ${object}: change `record` in place, or reject.
local gospel = require("gospellua")

if record == nil then
  return
end
gospel.log("checking " .. tostring(record.id))
