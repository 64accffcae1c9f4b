package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;


/**
 * A handler on Java records bound to the operation's input and output models
 * (see {@link io.contractspec.schema.binding.RecordBinding}).
 */
@FunctionalInterface
@PublicApi
public interface TypedHandler<I extends Record, O extends Record> {

    O handle(I input, HandlerContext context) throws Exception;
}
