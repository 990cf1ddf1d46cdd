local gospel = require("gospellua")

-- A lookup arrives as {id = ..., name = ...}; load the invoice it points to.
local invoiceId = type(record.invoiceId) == "table" and record.invoiceId.id or record.invoiceId
local invoice = gospel.loadRecord("invoice", invoiceId)
if invoice == nil then
    gospel.rejectTransaction("Invoice " .. tostring(invoiceId) .. " not found")
    return
end

if invoice.status == "Paid" then
    gospel.rejectTransaction("Invoice " .. invoice.number .. " is paid; put new lines on a new invoice")
    return
end

gospel.log("line '" .. tostring(record.description) .. "' on " .. invoice.number .. " (" .. invoice.status .. ")")
