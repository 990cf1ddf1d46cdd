package dev.triggerstudio.cli;

/** Bad input to a command that is not a project file (an option's path): one line, exit 2. */
final class CommandProblem extends RuntimeException {
    CommandProblem(String message) {
        super(message);
    }
}
