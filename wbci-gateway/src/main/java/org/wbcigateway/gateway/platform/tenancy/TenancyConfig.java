package org.wbcigateway.gateway.platform.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data source follows the tenant scope; Flyway migrates every schema; the schema names of this installation. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfig {

    @Bean
    static BeanPostProcessor tenantSchemas() {
        return new DestructionAwareBeanPostProcessor() {
            private final Map<String, TenantSchemaDataSource> made = new ConcurrentHashMap<>();

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof TenantSchemaDataSource)) {
                    return made.computeIfAbsent(name, n -> new TenantSchemaDataSource(dataSource));
                }
                return bean;
            }

            @Override
            public boolean requiresDestruction(Object bean) {
                return bean instanceof DataSource;
            }

            // called with the data source as it was made, before it is closed: the schemas' pools go first
            @Override
            public void postProcessBeforeDestruction(Object bean, String name) {
                TenantSchemaDataSource scoped = made.remove(name);
                if (scoped != null) {
                    scoped.closeSchemaPools();
                }
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
