package dev.triggerstudio.store;

/** A store problem a user can act on: the file is not a store, a query is not allowed, disk full. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
