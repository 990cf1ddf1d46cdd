package dev.triggerstudio.ui.editor;

/** One completion: the word inserted, how it reads in the list, and what kind of thing it is. */
public record CompletionItem(String insert, String signature, String kind) {

    public static CompletionItem method(String signature) {
        return new CompletionItem(signature.substring(0, signature.indexOf('(')), signature, "method");
    }

    public static CompletionItem member(String name, String kind) {
        return new CompletionItem(name, name, kind);
    }

    @Override
    public String toString() {
        return signature;
    }
}
