package io.contractspec.spring.autoconfigure;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.spring.ContractSpecProperties;
import io.contractspec.spring.internal.ContractSpecHealthIndicator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code contractspec} health indicator, when the application has Spring Boot's health support (Actuator). */
@AutoConfiguration(after = ContractSpecAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@PublicApi
public class ContractSpecHealthAutoConfiguration {

    @Bean(name = "contractspecHealthIndicator")
    @ConditionalOnMissingBean(name = "contractspecHealthIndicator")
    public ContractSpecHealthIndicator contractspecHealthIndicator(OperationExecutor executor, HandlerBindings handlers,
            ContractSpecProperties properties, ObjectProvider<DataSource> dataSource) {
        boolean jdbc = properties.getRuntime().getStore() == ContractSpecProperties.Store.JDBC;
        return new ContractSpecHealthIndicator(executor, handlers, jdbc ? dataSource.getIfUnique() : null);
    }
}
