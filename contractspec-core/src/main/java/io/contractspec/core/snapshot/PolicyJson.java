package io.contractspec.core.snapshot;

import static io.contractspec.core.snapshot.SpecJson.NODES;
import static io.contractspec.core.snapshot.SpecJson.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RateLimit;

/** An operation's policy: auth level, role and permission lists, flags, rate limit, idempotency, PII paths. */
final class PolicyJson {

    private PolicyJson() {}

    static ObjectNode write(Policy policy) {
        ObjectNode json = NODES.objectNode()
                .put("auth", policy.auth().wireName())
                .put("idempotent", policy.idempotent());
        json.set("roles", strings(policy.roles()));
        json.set("anyRole", strings(policy.anyRole()));
        json.set("permissions", strings(policy.permissions()));
        json.set("anyPermission", strings(policy.anyPermission()));
        json.set("flags", strings(policy.flags()));
        json.set("pii", strings(policy.pii()));
        policy.rateLimit().ifPresent(limit -> json.putObject("rateLimit")
                .put("rpm", limit.rpm())
                .put("scope", limit.scope().wireName()));
        return json;
    }

    /** A policy; read once per node. */
    static Policy read(JsonCursor json) {
        return json.once(json.cache().policies, PolicyJson::policy);
    }

    private static Policy policy(JsonCursor json) {
        Policy.Builder policy = Policy.auth(json.wire("auth", AuthLevel.values(), AuthLevel::wireName, "auth level"))
                .roles(array(json, "roles"))
                .anyRole(array(json, "anyRole"))
                .permissions(array(json, "permissions"))
                .anyPermission(array(json, "anyPermission"))
                .flags(array(json, "flags"))
                .idempotent(json.bool("idempotent"))
                .pii(array(json, "pii"));
        json.optionalObject("rateLimit", false).ifPresent(limit -> {
            int rpm = limit.integer("rpm");
            RateLimit.Scope scope = limit.wire("scope", RateLimit.Scope.values(), RateLimit.Scope::wireName, "scope");
            limit.end();
            policy.rateLimit(limit.build(() -> new RateLimit(rpm, scope)));
        });
        json.end();
        return json.build(policy::build);
    }

    private static String[] array(JsonCursor json, String key) {
        return json.strings(key).toArray(String[]::new);
    }
}
