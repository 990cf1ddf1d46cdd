package dev.triggerstudio.engine.scale;

/**
 * The first trigger to break a limit: which limit, where in the script, and where in the batch.
 *
 * @param source {@code trigger:<id>} (the innermost one that was running)
 * @param path the trigger's script, or null when the source is not a trigger
 * @param line the script line that was running, or null when the runtime could not tell
 */
public record LimitBreak(LimitKind limit, long limitValue, String source, String path, Integer line, int operation,
                         String op, String object, int chunk, int chunks, String message) {

    /** One line for the terminal: {@code trigger:x broke max_queries (100) at triggers/x.lua:5 in op #1 ...}. */
    public String describe() {
        String where = path == null ? "" : " at " + path + (line == null ? "" : ":" + line);
        String chunked = chunks > 1 ? ", chunk " + chunk + "/" + chunks : "";
        return source + " broke " + limit.jsonName() + " (" + limitValue + ")" + where + " in op #" + operation + " "
                + op + " " + object + chunked + ": " + withoutPosition(message);
    }

    /** The script's message may start with the position already given above ({@code path:line[:col]: }). */
    private String withoutPosition(String text) {
        if (path == null || text == null || !text.startsWith(path + ":")) {
            return text;
        }
        return text.substring(path.length()).replaceFirst("^:\\d+(:\\d+)?: ", "");
    }
}
