package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.core.spec.Transport;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.governance.internal.Paths;

@PublicApi
public final class ChangedRestResponses implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation documents a new REST response besides its success (a 2xx or 3xx), or drops one.";
    }

    @Override
    public String rationale() {
        return "Clients generated from the OpenAPI document map responses by status: a new 202 or 304 (often without"
                + " a body) reaches code that only knew the success, and a client that branched on a removed 201 never"
                + " takes that branch again. Whether it breaks depends on how the client is written, so it is"
                + " dangerous rather than breaking; oasdiff reports both directions.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Transport before = pair.before().transport();
            Transport after = pair.after().transport();
            for (RestResponse response : after.restResponses()) {
                if (before.restResponse(response.status()).isEmpty()) {
                    context.report(pair.diff(), Paths.item("transport.restResponses", response.status()),
                            "may now answer " + response.status(), "clients may not expect the new status");
                }
            }
            for (RestResponse response : before.restResponses()) {
                if (after.restResponse(response.status()).isEmpty()) {
                    context.report(pair.diff(), Paths.item("transport.restResponses", response.status()),
                            "no longer documents the response " + response.status(),
                            "clients that branch on it never see it again");
                }
            }
        }
    }
}
