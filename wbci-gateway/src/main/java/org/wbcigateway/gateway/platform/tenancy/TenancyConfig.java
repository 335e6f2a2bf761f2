package org.wbcigateway.gateway.platform.tenancy;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data source follows the tenant scope; Flyway migrates every schema; the schema names of this installation. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfig {

    @Bean
    static BeanPostProcessor tenantSchemas() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof TenantSchemaDataSource)) {
                    return new TenantSchemaDataSource(dataSource);
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayMigrationStrategy tenantMigrations() {
        return new TenantMigrations();
    }

    @Bean
    Schemas schemas(org.flywaydb.core.Flyway flyway) {
        return Schemas.of(flyway);
    }
}
