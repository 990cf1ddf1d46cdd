-- After ${events} of ${object}: the record is saved; use gospel.insert / gospel.commit for other writes.
local gospel = require("gospellua")

gospel.log("saved " .. tostring(record.id))
