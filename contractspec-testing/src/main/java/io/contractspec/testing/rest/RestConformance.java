package io.contractspec.testing.rest;

import io.contractspec.annotations.PublicApi;


/**
 * What every part of the conformance kit reaches: the adapter under test and a real HTTP client
 * pointed at it. A runner implements {@link #target()}; the kit's interfaces bring the tests.
 */
@PublicApi
public interface RestConformance {

    /** The running adapter; started once per test class by the runner. */
    ConformanceTarget target();

    default ConformanceHttp http() {
        return new ConformanceHttp(target().port());
    }
}
