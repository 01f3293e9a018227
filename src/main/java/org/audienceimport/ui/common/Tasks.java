package org.audienceimport.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Runs work off the UI thread and hands its outcome back on the UI thread:
 * {@code tasks.run(work).onSuccess(...).onError(...).andFinally(...).start()}.
 *
 * <p>An interface so that ViewModels can be tested without a JavaFX toolkit ({@code ImmediateTasks} in the
 * tests runs everything on the caller's thread); the app uses {@link FxTasks}.
 */
public interface Tasks {

    /** The background work. It may report progress and should stop soon after it is cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work can tell the UI while it runs. */
    interface Progress {
        /** A count so far (rows read, bytes sent); the UI sees the latest, not every one. */
        void update(long done);

        boolean isCancelled();
    }

    /** A started piece of work that can be stopped. */
    interface Running {
        void cancel();
    }

    default <T> Builder<T> run(Work<T> work) {
        return new Builder<>(this, work);
    }

    /** Starts the described work; callbacks run on the UI thread. */
    <T> Running start(Builder<T> task);

    /** The fluent description of one piece of work. */
    final class Builder<T> {
        private final Tasks tasks;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = value -> { };
        private Consumer<Throwable> onError = error -> { };
        private LongConsumer onProgress = done -> { };
        private Runnable andFinally = () -> { };

        Builder(Tasks tasks, Work<T> work) {
            this.tasks = tasks;
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onProgress(LongConsumer handler) {
            this.onProgress = Objects.requireNonNull(handler);
            return this;
        }

        /** Runs after success or error, but not after cancellation (the one who cancelled has moved on). */
        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        public Running start() {
            return tasks.start(this);
        }

        public Work<T> work() {
            return work;
        }

        public Consumer<? super T> successHandler() {
            return onSuccess;
        }

        public Consumer<Throwable> errorHandler() {
            return onError;
        }

        public LongConsumer progressHandler() {
            return onProgress;
        }

        public Runnable finallyHandler() {
            return andFinally;
        }
    }
}
