package dev.triggerstudio.bundle.push;

import dev.triggerstudio.bundle.Hashes;

/**
 * One bundle to upload.
 *
 * @param token the bearer token read from the environment, or null; kept only in memory and only
 *              ever written into the Authorization header
 */
public record PushRequest(PushTarget target, byte[] bundle, String project, String token) {

    /** The bundle's SHA-256, sent as the Idempotency-Key so that a retried upload is recognised. */
    public String sha256() {
        return Hashes.sha256(bundle);
    }

    /** {@code text} with every occurrence of the token masked, for anything shown to the user. */
    public String redact(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "****");
    }

    @Override
    public String toString() {
        return "PushRequest[" + target.endpoint() + ", " + bundle.length + " bytes, token " + (token == null ? "none" : "****") + "]";
    }
}
