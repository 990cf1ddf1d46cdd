package dev.triggerstudio.lang;

/**
 * A compiled trigger, reused for every chunk of a simulation. Not thread-safe: the engine runs
 * one trigger at a time.
 */
public interface CompiledScript extends AutoCloseable {

    /**
     * Runs the trigger for one chunk. Python runs once with {@code new_map}/{@code old_map} of
     * every record in the invocation; Lua and Stanza run once per record, in order.
     * Before triggers change the records of the invocation in place.
     *
     * @throws ScriptException REJECTED when the script rejects on purpose (HTTPException,
     *     Stanza's {@code reject}); FAILED when it breaks (an error, a timeout, a sandbox violation,
     *     fuel or a limit). Lua's {@code rejectTransaction} does not throw: it calls
     *     {@link ScriptHost#reject(String, int)} and the script goes on.
     */
    RunStats run(Invocation invocation, ScriptHost host);

    @Override
    default void close() {
    }
}
