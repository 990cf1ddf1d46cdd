package dev.triggerstudio.lang.lua;

/**
 * The budget of one Lua invocation: a wall-clock deadline checked from the instruction hook and the
 * pattern matcher, a count of instructions for {@code RunStats}, and the bytes of strings built by
 * the current record's run. The string library is shared by every script (its metatable is JVM-wide
 * in LuaJ), so it finds the guard of the running script through a thread-local.
 */
final class RunGuard {
    private static final ThreadLocal<RunGuard> CURRENT = new ThreadLocal<>();

    private final long timeoutMs;
    private final long deadline;
    private long instructions;
    private long allocated;
    private GuardHook hook;
    /** The guard of the run this one is nested in (a trigger fired by gospel.insert), or null. */
    private RunGuard outer;
    private boolean entered;

    RunGuard(long timeoutMs) {
        this.timeoutMs = timeoutMs;
        this.deadline = System.nanoTime() + Math.max(1, timeoutMs) * 1_000_000L;
    }

    static RunGuard current() {
        RunGuard g = CURRENT.get();
        if (g == null) {
            throw new IllegalStateException("no Lua run on this thread");
        }
        return g;
    }

    /** Starts one record's run on this thread. */
    void enter(GuardHook hook) {
        if (!entered) {
            outer = CURRENT.get();
            entered = true;
        }
        this.hook = hook;
        this.allocated = 0;
        CURRENT.set(this);
    }

    /** Ends the invocation: a run this one was nested in gets its guard back. */
    void leave() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
        hook = null;
    }

    long instructions() {
        return instructions;
    }

    /** Called by the hook once per instruction; cheap except every 4096th. */
    void tick() {
        if ((++instructions & 4095) == 0) {
            checkTime();
            checkHeap();
        }
    }

    void checkTime() {
        if (System.nanoTime() > deadline) {
            throw LuaAbort.failed("timed out after " + timeoutMs + " ms (trigger_timeout_ms); "
                    + "look for a loop that never ends", line());
        }
    }

    private void checkHeap() {
        if ((instructions & 0xFFFF) != 0 || !heapNearlyFull()) {
            return;
        }
        System.gc();
        if (heapNearlyFull()) {
            throw LuaAbort.failed("memory limit: the script filled "
                    + Math.round(LuaLimits.HEAP_CEILING * 100) + "% of the heap; build smaller tables", line());
        }
    }

    private static boolean heapNearlyFull() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return used > rt.maxMemory() * LuaLimits.HEAP_CEILING;
    }

    /** Charges a string about to be built; fails the run when it is too long or too many were built. */
    void charge(long bytes, String what) {
        if (bytes > LuaLimits.MAX_STRING) {
            throw LuaAbort.failed(what + " would build a string of " + bytes + " bytes; the limit is "
                    + LuaLimits.MAX_STRING + " bytes", line());
        }
        allocated += bytes;
        if (allocated > LuaLimits.MAX_ALLOCATED) {
            throw LuaAbort.failed("memory limit: the script built more than " + LuaLimits.MAX_ALLOCATED
                    + " bytes of strings in one run", line());
        }
    }

    /** The line the script is running, 0 when unknown. */
    int line() {
        return hook == null ? 0 : hook.scriptLine();
    }
}
