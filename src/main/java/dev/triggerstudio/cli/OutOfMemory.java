package dev.triggerstudio.cli;

/**
 * Out of memory is one line saying how to give the command more, never a stack: the stack of an
 * OutOfMemoryError points at whatever allocated last, not at what is too big.
 */
final class OutOfMemory {
    private static final long MB = 1024 * 1024;

    private OutOfMemory() {
    }

    /** Whether the error, or what caused it, is the heap running out. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The line for {@code ./studio COMMAND}, with a heap twice the present one (at least 1 GB) to try. */
    static String advice(String command) {
        long heapMb = Runtime.getRuntime().maxMemory() / MB;
        long suggestMb = Math.max(1024, Integer.highestOneBit((int) Math.min(Integer.MAX_VALUE, heapMb * 2 - 1)) * 2L);
        String suggest = suggestMb % 1024 == 0 ? suggestMb / 1024 + "g" : suggestMb + "m";
        return "out of memory: " + (command.isEmpty() ? "the command" : command) + " needed more than its " + heapMb
                + " MB of Java heap; run it again with more, e.g. STUDIO_JAVA_OPTS=-Xmx" + suggest + " ./studio "
                + (command.isEmpty() ? "..." : command + " ...") + ", or make the input smaller";
    }

    /**
     * For threads other than the command's own (script watchdogs, GraalPy's threads): an
     * OutOfMemoryError there ends the command with the same one line; anything else is printed as
     * the JVM would.
     */
    static void handleInEveryThread(java.io.PrintStream err, String command) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (causedBy(e)) {
                err.println("studio: " + advice(command));
                err.flush();
                Runtime.getRuntime().halt(ExitCodes.BAD_INPUT);
            }
            err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(err);
        });
    }
}
