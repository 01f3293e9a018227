package org.audienceimport.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Tasks} over {@link javafx.concurrent.Task}, on the executor the composition root gives it. */
public final class FxTasks implements Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(FxTasks.class);

    private final Executor executor;

    public FxTasks(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> Running start(Builder<T> spec) {
        ProgressRelay relay = new ProgressRelay(spec);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                relay.task = this;
                return spec.work().call(relay);
            }
        };
        task.setOnSucceeded(e -> {
            try {
                spec.successHandler().accept(task.getValue());
            } finally {
                spec.finallyHandler().run();
            }
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.debug("Background work failed", error);
            try {
                spec.errorHandler().accept(error);
            } finally {
                spec.finallyHandler().run();
            }
        });
        executor.execute(task);
        return () -> task.cancel(false);
    }

    /** Hands the latest count to the UI thread, at most one hand-over waiting at a time. */
    private static final class ProgressRelay implements Progress {
        private final Builder<?> spec;
        private final AtomicLong latest = new AtomicLong();
        private final AtomicBoolean queued = new AtomicBoolean();
        private volatile Task<?> task;

        ProgressRelay(Builder<?> spec) {
            this.spec = spec;
        }

        @Override
        public void update(long done) {
            latest.set(done);
            if (!queued.getAndSet(true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    if (!isCancelled()) {
                        spec.progressHandler().accept(latest.get());
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            Task<?> current = task;
            return current != null && current.isCancelled();
        }
    }
}
