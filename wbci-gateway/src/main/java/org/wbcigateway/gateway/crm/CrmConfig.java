package org.wbcigateway.gateway.crm;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The configured tenant's foreign CRM adapter, when {@code wbci.crm.mode=SQL}; otherwise {@link BuiltinCrm} serves it.
 * Which adapter serves the tenant in scope, {@link TenantCrm} decides.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wbci.crm.mode", havingValue = "SQL")
class CrmConfig {

    @Bean
    SqlCrm sqlCrm(CrmProperties properties, CrmLinks links, Clock clock) {
        CrmProperties.Sql sql = properties.sql();
        if (sql == null || sql.url() == null) {
            throw new IllegalStateException("wbci.crm.mode=SQL needs wbci.crm.sql.url and the queries");
        }
        return of(sql, links, clock);
    }

    /** The adapter of a foreign CRM: its own connection pool, its queries. */
    static SqlCrm of(CrmProperties.Sql sql, CrmLinks links, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(DataSourceBuilder.create()
                .url(sql.url())
                .username(sql.username())
                .password(sql.password())
                .build());
        return new SqlCrm(jdbc, sql, links, clock);
    }
}
