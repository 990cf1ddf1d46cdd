    record = gospel.loadRecord("DefinitionFieldTypes", "a001")
    fields = record:getFields()
    if fields['fieldName'] == nil then
        gospel.rejectTransaction("Field doesn't exist'")
        return
    end
