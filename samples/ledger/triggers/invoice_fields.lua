local gospel = require("gospellua")

-- Gospel's guideline, as written in its documentation: check a field exists before relying on it.
definition = gospel.loadRecordDefinition("account")
fields = definition:getFields()
if fields['tier'] == nil then
    gospel.rejectTransaction("Field doesn't exist'")
    return
end

-- The same check on a record: the invoice's own discount field, present even while it is empty.
if record:getFields()['discount'] == nil then
    gospel.rejectTransaction("Field discount doesn't exist on invoice")
    return
end
