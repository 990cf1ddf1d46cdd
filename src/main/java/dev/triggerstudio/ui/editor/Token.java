package dev.triggerstudio.ui.editor;

/** A highlighted stretch of text, [start, end), with the CSS class that colours it. */
public record Token(Kind kind, int start, int end) {

    public enum Kind {
        KEYWORD, BUILTIN, PREDICATE, STRING, NUMBER, COMMENT, OPERATOR, BRACKET, IDENTIFIER;

        public String styleClass() {
            return name().toLowerCase();
        }
    }
}
