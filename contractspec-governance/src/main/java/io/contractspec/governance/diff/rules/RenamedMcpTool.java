package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.Optional;

@PublicApi
public final class RenamedMcpTool implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's MCP tool name override changed, appeared or went away.";
    }

    @Override
    public String rationale() {
        return "Agents and their prompts call tools by name; a renamed tool is a missing tool to them.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Optional<String> before = pair.before().transport().mcpTool();
            Optional<String> after = pair.after().transport().mcpTool();
            if (!before.equals(after)) {
                context.report(pair.diff(), "transport.mcpTool", "MCP tool renamed from "
                        + before.orElse("the default name") + " to " + after.orElse("the default name"),
                        "agents configured with the old name no longer find the tool");
            }
        }
    }
}
