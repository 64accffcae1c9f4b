package io.contractspec.testing.coverage;

import io.contractspec.testing.Scenario;

/** A base class whose linked method subclasses inherit. */
public abstract class SharedSamples {

    @Scenario("place-order-happy-path")
    void inherited() {}
}
