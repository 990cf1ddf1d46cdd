-- Async ${events} of ${object}: runs after the response, in its own transaction.
local gospel = require("gospellua")

gospel.log("async work for " .. tostring(record.id))
