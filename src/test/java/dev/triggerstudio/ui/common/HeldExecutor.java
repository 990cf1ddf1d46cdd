package dev.triggerstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Holds background work until the test releases it, in any order: for races between old and new answers. */
public final class HeldExecutor implements TaskExecutor {
    public final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
        held.add(() -> onResult.accept(work.get()));
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
