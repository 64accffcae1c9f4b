package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.CallContext;

/** Decides whether a feature flag is on for a call. The default trusts the flags in the context. */
@FunctionalInterface
@PublicApi
public interface FlagProvider {

    FlagProvider FROM_CONTEXT = (flag, context) -> context.flags().contains(flag);

    boolean isEnabled(String flag, CallContext context);
}
