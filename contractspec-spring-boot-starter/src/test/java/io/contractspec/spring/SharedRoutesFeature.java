package io.contractspec.spring;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.Spec;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.schema.Model;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two operations on one method and path told apart by a header value, a query-matched one, and a
 * HEAD route: the starter dispatches them as the Javalin adapter does.
 */
@Configuration(proxyBeanMethods = false)
class SharedRoutesFeature {

    static final Model KEY = Model.builder("SharedKey").required("key", STRING).build();
    static final Model SERVED = Model.builder("SharedServed").required("served", STRING).build();

    static final OperationSpec PUT = Contracts.command("shared.item.put", "1.0.0").input(KEY).output(SERVED)
            .policy(auth(ANONYMOUS)).rest(RestRoute.Method.POST, "/shared", RestRoute.Match.header("X-Op", "Put")).build();
    static final OperationSpec GET = Contracts.command("shared.item.get", "1.0.0").input(KEY).output(SERVED)
            .policy(auth(ANONYMOUS)).rest(RestRoute.Method.POST, "/shared", RestRoute.Match.header("X-Op", "Get")).build();
    static final OperationSpec LIST = Contracts.query("shared.item.list", "1.0.0").output(SERVED)
            .policy(auth(ANONYMOUS)).rest(RestRoute.Method.GET, "/shared", RestRoute.Match.query("Action", "List")).build();
    static final OperationSpec EXISTS = Contracts.query("shared.item.exists", "1.0.0").input(KEY).output(SERVED)
            .policy(auth(ANONYMOUS)).rest(RestRoute.Method.HEAD, "/shared/{key}").build();

    record Key(String key) {}

    record Served(String served) {}

    @Bean
    ContractModule sharedRoutesModule() {
        return new ContractModule() {
            @Override
            public String name() {
                return "shared";
            }

            @Override
            public List<Spec> specs() {
                return List.of(PUT, GET, LIST, EXISTS);
            }
        };
    }

    @Bean
    SharedHandlers sharedHandlers() {
        return new SharedHandlers();
    }

    static class SharedHandlers {

        @ContractHandler("shared.item.put")
        Served put(Key input, HandlerContext context) {
            return new Served("put " + input.key());
        }

        @ContractHandler("shared.item.get")
        Served get(Key input, HandlerContext context) {
            return new Served("get " + input.key());
        }

        @ContractHandler("shared.item.list")
        Served list(HandlerContext context) {
            return new Served("list");
        }

        @ContractHandler("shared.item.exists")
        Served exists(Key input, HandlerContext context) {
            return new Served("exists " + input.key());
        }
    }
}
