local gospel = require("gospellua")

-- The agreed discount rates; anything else is a typo or an unapproved deal.
local allowed = {[0] = true, [5] = true, [10] = true, [15] = true}

if not allowed[record.discount] then
    gospel.rejectTransaction("Discount must be 0, 5, 10 or 15, not " .. tostring(record.discount))
    return
end
