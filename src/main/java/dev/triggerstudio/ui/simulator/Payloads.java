package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Json;

/** An outbox payload in full, indented when it is JSON, as it was stored otherwise. */
final class Payloads {
    private Payloads() {
    }

    static String pretty(Object payload) {
        if (payload == null) {
            return "";
        }
        String text = String.valueOf(payload);
        try {
            return Json.pretty(Json.MAPPER.readTree(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return text;
        }
    }
}
