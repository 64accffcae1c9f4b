package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;


/** Runs work in one transaction: commit when it returns, roll back when it throws. */
@PublicApi
public interface UnitOfWork {

    /** The work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T execute(Transaction transaction) throws Exception;
    }

    /**
     * @return what the work returned, after commit
     * @throws Exception what the work threw, after rollback
     */
    <T> T run(Work<T> work) throws Exception;
}
