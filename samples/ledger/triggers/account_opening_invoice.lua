local gospel = require("gospellua")

-- An After trigger sees the saved account, id included, and inserts a related record.
local invoice = gospel.insert("invoice", {
    number = "OPEN-" .. string.upper(record.name),
    account = record.id,
    status = "Draft",
})
gospel.log("opened " .. invoice.number .. " for " .. record.name)
