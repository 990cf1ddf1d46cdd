package dev.triggerstudio.ui.simulator.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the parts of a {@link SimulatorSession} tell the views: which part of the session changed,
 * and the one status line they share.
 */
final class SessionEvents {
    private final List<Consumer<SimulatorSession.Event>> listeners = new CopyOnWriteArrayList<>();
    private String status = "";

    void add(Consumer<SimulatorSession.Event> listener) {
        listeners.add(listener);
    }

    void fire(SimulatorSession.Event e) {
        listeners.forEach(l -> l.accept(e));
    }

    void status(String text) {
        status = text;
        fire(SimulatorSession.Event.STATUS);
    }

    String status() {
        return status;
    }

    /** The first line of a failure's message, for the status line. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }
}
