package dev.triggerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {
    private final List<Object> results = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final TaskExecutor executor = TaskExecutor.sameThread();

    @Test
    void workThatMayThrowHandsItsResultToOnResult() {
        executor.submit(() -> "read", results::add, errors::add);

        assertEquals(List.of("read"), results);
        assertTrue(errors.isEmpty());
    }

    @Test
    void aCheckedFailureReachesOnErrorAndNotOnResult() {
        executor.submit(() -> {
            throw new IOException("store.db is locked");
        }, results::add, errors::add);

        assertTrue(results.isEmpty());
        assertInstanceOf(IOException.class, errors.getFirst());
        assertEquals("store.db is locked", errors.getFirst().getMessage());
    }

    @Test
    void anErrorSuchAsAStackOverflowReachesOnErrorInsteadOfKillingTheWorker() {
        executor.submit(() -> {
            throw new StackOverflowError();
        }, results::add, errors::add);

        assertInstanceOf(StackOverflowError.class, errors.getFirst());
    }
}
