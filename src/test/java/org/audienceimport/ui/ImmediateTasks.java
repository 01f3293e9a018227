package org.audienceimport.ui;

import org.audienceimport.ui.common.Tasks;

/** Runs work at once on the caller's thread, so ViewModels can be tested without a JavaFX toolkit. */
public final class ImmediateTasks implements Tasks {

    @Override
    public <T> Running start(Builder<T> task) {
        Progress progress = new Progress() {
            @Override
            public void update(long done) {
                task.progressHandler().accept(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T value;
        try {
            value = task.work().call(progress);
        } catch (Exception e) {
            try {
                task.errorHandler().accept(e);
            } finally {
                task.finallyHandler().run();
            }
            return () -> { };
        }
        try {
            task.successHandler().accept(value);
        } finally {
            task.finallyHandler().run();
        }
        return () -> { };
    }
}
