record.flag = "checked"
