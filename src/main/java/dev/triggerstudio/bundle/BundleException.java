package dev.triggerstudio.bundle;

/** A bundle problem a user can act on; its message is the one line they see. */
public class BundleException extends RuntimeException {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
