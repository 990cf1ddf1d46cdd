package dev.triggerstudio.ui.simulator;

import javafx.application.Application;

/**
 * Starts {@link SimulatorApp}. A class of its own because the java launcher refuses an
 * Application subclass as main class when JavaFX is on the class path rather than the module path.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) {
        Application.launch(SimulatorApp.class, args);
    }
}
