    recordExists = gospel.existsRecord("DefinitionFieldTypes", "doesntExist'")
    if recordExists == false then
        gospel.rejectTransaction("Record not found")
        return
    end
