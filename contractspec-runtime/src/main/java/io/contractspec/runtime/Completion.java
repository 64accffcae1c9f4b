package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;


/** The end of something an {@link ExecutionListener} heard begin: a call or a stage. */
@FunctionalInterface
@PublicApi
public interface Completion<T> {

    void completed(T outcome);

    @SuppressWarnings("unchecked")
    static <T> Completion<T> none() {
        return (Completion<T>) Nothing.NOTHING;
    }

    /** The shared no-op completion. */
    enum Nothing implements Completion<Object> {
        NOTHING;

        @Override
        public void completed(Object outcome) {}
    }
}
