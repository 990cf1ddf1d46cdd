package dev.triggerstudio.engine.cascade;

/**
 * A write whose object cannot be known without running the script (its first argument is not a
 * literal). The graph leaves it out rather than guess; the IDE and {@code check} show it.
 *
 * @param expression the source text of the argument that names the object, as written
 */
public record UnknownTarget(String source, String path, int line, int column, String call, String expression) {

    public String message() {
        return "cascade: cannot tell which object " + call + "(" + expression + ", ...) writes without running it;"
                + " the cascade graph leaves this write out (use a literal object name to have it checked)";
    }
}
