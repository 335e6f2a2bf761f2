package org.wbcigateway.gateway.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default (an H2 file database) acknowledges nothing that a killed process could lose: its data source
 * is wrapped in a {@link DurableCommitDataSource}. A server database (PostgreSQL) is left as it is — its commit is
 * durable already. See docs/adr/0001-embedded-store-durability.md.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedStoreDurability {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreDurability.class);

    @Bean
    static BeanPostProcessor durableEmbeddedCommits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof DurableCommitDataSource)
                        && embeddedH2(dataSource)) {
                    log.info("Embedded H2 database: every commit that writes is synced to disk before it is "
                            + "acknowledged");
                    return new DurableCommitDataSource(dataSource);
                }
                return bean;
            }
        };
    }

    /** An H2 database in a file of this process: not in memory, not reached over the network. */
    static boolean embeddedH2(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            String url = hikari.getJdbcUrl().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:")
                    && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:")
                    && !url.startsWith("jdbc:h2:ssl:");
        }
        try (Connection connection = dataSource.getConnection()) {
            return H2StoreSync.isEmbedded(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether the database is an embedded H2: " + e.getMessage(), e);
        }
    }
}
