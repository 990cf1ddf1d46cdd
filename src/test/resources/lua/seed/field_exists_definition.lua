    definition = gospel.loadRecordDefinition("DefinitionFieldTypes")
    fields = definition:getFields()
    if fields['fieldName'] == nil then
        gospel.rejectTransaction("Field doesn't exist'")
        return
    end
