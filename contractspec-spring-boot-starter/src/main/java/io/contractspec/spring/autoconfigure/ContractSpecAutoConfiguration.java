package io.contractspec.spring.autoconfigure;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.internal.JsonCodec;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.ExecutorBuilder;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.spring.ContractSpecProperties;
import io.contractspec.spring.internal.HandlerCollector;
import io.contractspec.spring.internal.ResponseWriter;
import io.contractspec.spring.internal.RuntimeMigration;
import io.contractspec.spring.internal.SpringUnitOfWork;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The registry, the handlers and the executor. With the default JDBC store the executor runs on the
 * application's DataSource and transaction manager and the runtime's tables are migrated after the
 * application's own Flyway migrations; a missing DataSource is a startup error, never a quiet switch
 * to memory ({@code contractspec.runtime.store=memory} says so explicitly).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableConfigurationProperties(ContractSpecProperties.class)
@PublicApi
public class ContractSpecAutoConfiguration {

    /** Every module the ServiceLoader finds, plus {@link ContractModule} beans of other classes. */
    @Bean
    @ConditionalOnMissingBean
    public ContractRegistry contractRegistry(ObjectProvider<ContractModule> moduleBeans) {
        List<ContractModule> discovered = ServiceLoader.load(ContractModule.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        Set<Class<?>> discoveredTypes = discovered.stream().map(Object::getClass).collect(Collectors.toSet());
        moduleBeans.orderedStream().filter(module -> !discoveredTypes.contains(module.getClass())).forEach(discovered::add);
        ContractRegistry.Builder registry = ContractRegistry.builder();
        discovered.stream().sorted(Comparator.comparing(ContractModule::name)).forEach(registry::module);
        return registry.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public HandlerBindings contractHandlerBindings(ContractRegistry registry, ConfigurableListableBeanFactory beans) {
        return HandlerCollector.collect(registry, beans);
    }

    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnProperty(name = "contractspec.runtime.migrate", matchIfMissing = true)
    @ConditionalOnProperty(name = "contractspec.runtime.store", havingValue = "jdbc", matchIfMissing = true)
    public RuntimeMigration contractRuntimeMigration(ObjectProvider<Flyway> flyway, ObjectProvider<DataSource> dataSource) {
        Flyway application = flyway.getIfUnique();
        return application != null
                ? RuntimeMigration.withApplicationFlyway(application)
                : RuntimeMigration.onDataSource(requireDataSource(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public OperationExecutor contractExecutor(ContractRegistry registry, HandlerBindings handlers,
            ContractSpecProperties properties, ObjectProvider<DataSource> dataSource,
            ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<RuntimeMigration> migrated,
            ObjectProvider<ExecutionListener> listeners, ObjectProvider<AuditStore> auditStore,
            ObjectProvider<OutboxStore> outboxStore, ObjectProvider<IdempotencyStore> idempotencyStore) {
        ExecutorBuilder executor = OperationExecutor.builder(registry)
                .handlers(handlers)
                .idempotencyTtl(properties.getRuntime().getIdempotencyTtl());
        if (properties.getRuntime().getStore() == ContractSpecProperties.Store.JDBC) {
            DataSource db = requireDataSource(dataSource);
            PlatformTransactionManager manager = transactions.getIfUnique(() -> {
                throw new IllegalStateException("contractspec.runtime.store is jdbc but the application has no single"
                        + " PlatformTransactionManager; declare one (spring-boot-starter-jdbc does) or set"
                        + " contractspec.runtime.store=memory");
            });
            migrated.ifAvailable(migration -> { /* the tables exist before the first call */ });
            executor.unitOfWork(new SpringUnitOfWork(manager, db))
                    .outboxStore(new JdbcOutboxStore(db))
                    .auditStore(new JdbcAuditStore(db))
                    .idempotencyStore(new JdbcIdempotencyStore(db));
        }
        // A store the application declares as a bean replaces the starter's (e.g. audit records sent elsewhere).
        auditStore.ifUnique(executor::auditStore);
        outboxStore.ifUnique(executor::outboxStore);
        idempotencyStore.ifUnique(executor::idempotencyStore);
        listeners.orderedStream().forEach(executor::listener);
        return executor.build();
    }

    /** Writes responses and problem documents for the routes and for Spring Security's refusals. */
    @Bean
    @ConditionalOnMissingBean
    public ResponseWriter contractResponseWriter(ContractSpecProperties properties) {
        return new ResponseWriter(new JsonCodec(properties.getRest().getMaxJsonDepth()), properties.getRest().getChallenge());
    }

    private static DataSource requireDataSource(ObjectProvider<DataSource> dataSource) {
        return dataSource.getIfUnique(() -> {
            throw new IllegalStateException("contractspec.runtime.store is jdbc but the application has no single"
                    + " DataSource; add spring-boot-starter-jdbc and spring.datasource.url, or set"
                    + " contractspec.runtime.store=memory to keep the runtime's state in memory");
        });
    }
}
