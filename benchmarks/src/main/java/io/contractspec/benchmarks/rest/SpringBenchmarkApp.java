package io.contractspec.benchmarks.rest;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.instance.InstanceQueries;
import io.contractspec.spring.ContractHandlers;
import io.contractspec.spring.PrincipalResolver;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One Spring Boot application serving the route twice: through the starter (the contract, its
 * handler bound as a bean, the principal from the same header) and through {@link PlainSpringController}.
 * The runtime keeps its state in memory, as the Javalin adapter in the same run does.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PlainSpringController.class)
class SpringBenchmarkApp {

    /** Only the measured operation (the workflow example's module is on the classpath too). */
    @Bean
    ContractRegistry instanceList() {
        return ContractRegistry.builder().register(InstanceQueries.LIST_INSTANCES, ItemCreateFixture.CREATE).build();
    }

    @Bean
    ContractHandlers instanceListHandler() {
        return handlers -> handlers.bind(InstanceQueries.LIST_INSTANCES, InstanceListFixture.HANDLER)
                .bind(ItemCreateFixture.CREATE, ItemCreateFixture.HANDLER);
    }

    /** Replaces the starter's audit store, as an application's bean does. */
    @Bean
    ItemCreateFixture.CountingAuditStore auditStore() {
        return new ItemCreateFixture.CountingAuditStore();
    }

    @Bean
    PrincipalResolver userHeader() {
        return request -> Optional.ofNullable(request.getHeader(InstanceListFixture.USER_HEADER)).map(InstanceListFixture::principal);
    }

    /** Starts the application on a free port; the benchmark logs nothing. */
    static ConfigurableApplicationContext start() {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        SpringApplication application = new SpringApplication(SpringBenchmarkApp.class);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        // Tomcat closes a keep-alive connection after 100 requests by default; Jetty (Javalin) never does.
        return application.run("--server.port=0", "--server.tomcat.max-keep-alive-requests=-1",
                "--contractspec.runtime.store=memory",
                "--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
