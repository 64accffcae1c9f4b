package io.contractspec.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecRef;
import java.util.List;
import java.util.Objects;

/**
 * The contract DSL, meant for static import:
 *
 * <pre>{@code
 * OperationSpec RESUME = command("workflow.instance.resume", "1.0.0")
 *     .stability(STABLE).owners("@example.workflow-system")
 *     .input(PAUSE_RESUME_INPUT).output(WORKFLOW_INSTANCE)
 *     .policy(auth(USER))
 *     .scenario("resume-workflow-happy-path", given("Workflow is paused"),
 *               when("Admin resumes workflow"), then("Instance status becomes RUNNING"))
 *     .example("resume-normal", json("{instanceId: 'inst-456'}"), json("{status: 'running'}"))
 *     .build();
 * }</pre>
 */
@PublicApi
public final class Contracts {

    /**
     * Relaxed JSON for examples: single quotes, unquoted names and trailing commas are fine;
     * duplicate names and anything after the value are not.
     */
    private static final JsonMapper RELAXED = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Contracts() {}

    public static OperationBuilder command(String key, String version) {
        return OperationSpec.command(key, version);
    }

    public static OperationBuilder query(String key, String version) {
        return OperationSpec.query(key, version);
    }

    public static EventSpec.Builder event(String key, String version) {
        return EventSpec.builder(key, version);
    }

    public static FeatureSpec.Builder feature(String key, String version) {
        return FeatureSpec.builder(key, version);
    }

    public static CapabilitySpec.Builder capability(String key, String version) {
        return CapabilitySpec.builder(key, version);
    }

    public static SpecRef ref(String key, String version) {
        return SpecRef.of(key, version);
    }

    public static Policy.Builder auth(AuthLevel level) {
        return Policy.auth(level);
    }

    public static Scenario.Given given(String... steps) {
        return new Scenario.Given(List.of(steps));
    }

    public static Scenario.When when(String... steps) {
        return new Scenario.When(List.of(steps));
    }

    public static Scenario.Then then(String... steps) {
        return new Scenario.Then(List.of(steps));
    }

    /**
     * Parses relaxed JSON ({@code {id: 'inst-456', status: 'running'}}).
     *
     * @throws IllegalArgumentException naming the position of a syntax error
     */
    public static JsonNode json(String relaxedJson) {
        JsonNode node;
        try {
            node = RELAXED.readTree(Objects.requireNonNull(relaxedJson, "json"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("invalid example JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("invalid example JSON: the text is empty");
        }
        return node;
    }
}
