package dev.triggerstudio.bundle.push;

/** One clear line per HTTP status a push can end with. */
final class StatusMessages {
    private StatusMessages() {
    }

    static String of(int status, String answer, PushRequest req, String location) {
        String env = req.target().tokenEnv();
        String what = switch (status) {
            case 401 -> "the server refused the token (401 Unauthorized)" + (env == null
                    ? "; give one with --token-env NAME" : "; check the token in $" + env);
            case 403 -> "the token may not push to this server (403 Forbidden)";
            case 409 -> "the server holds a conflicting bundle (409 Conflict)";
            case 413 -> "the bundle (" + req.bundle().length + " bytes) is too large for the server (413 Payload Too Large)";
            case 422 -> "the server rejected the bundle (422 Unprocessable Entity)";
            default -> status >= 300 && status < 400
                    ? "the server redirects (HTTP " + status + ")" + (location == null ? "" : " to " + location)
                            + "; push to that URL instead (redirects are not followed, so the token goes nowhere else)"
                    : "the server answered HTTP " + status;
        };
        return "push to " + req.target().label() + " failed: " + what + (answer.isEmpty() ? "" : ": " + answer);
    }
}
