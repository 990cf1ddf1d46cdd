    record = gospel.loadRecord("DefinitionFieldTypes", "doesntExist")
    if record == nil then
        gospel.rejectTransaction("Record not found")
        return
    end
