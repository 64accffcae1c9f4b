package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;


/** What the acceptance runner does with an example no fixture is registered for. */
@PublicApi
public enum MissingFixture {
    /** The example's test fails and says which fixture key to register (the default). */
    FAIL,
    /** The example runs with the default context and no setup. */
    RUN_WITHOUT_FIXTURE
}
