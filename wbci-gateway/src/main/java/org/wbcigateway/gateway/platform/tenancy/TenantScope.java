package org.wbcigateway.gateway.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whose data the current thread works on: one tenant's, or the provider's. Entry points (HTTP request, inbound
 * message, a worker's round) bind it; the {@link TenantSchemaDataSource} gives each connection taken meanwhile the
 * scope's schema. A transaction keeps the connection it began with, so bind the scope before the transaction.
 */
public final class TenantScope {

    /** What a scope points at; its schema is where its statements run. */
    public sealed interface Scope permits OfTenant, OfProvider {
        String schema();
    }

    /** A tenant's data. */
    public record OfTenant(Tenant tenant) implements Scope {
        public OfTenant {
            Objects.requireNonNull(tenant, "tenant");
        }

        @Override
        public String schema() {
            return tenant.schema();
        }
    }

    /** The provider's data: tenant registry, partner directory. */
    public record OfProvider(String schema) implements Scope {
        public OfProvider {
            Schemas.requireName(schema);
        }
    }

    /** Ends a binding: the scope bound before it is bound again. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TenantScope() {}

    /** Binds the scope until the returned binding is closed. */
    public static Binding bind(Scope scope) {
        Objects.requireNonNull(scope, "scope");
        Scope before = CURRENT.get();
        CURRENT.set(scope);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    public static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Whether the provider's scope is bound (not a tenant's, and not none). */
    public static boolean inProvider() {
        return CURRENT.get() instanceof OfProvider;
    }

    /** The tenant bound, if a tenant is. */
    public static Optional<Tenant> tenant() {
        return CURRENT.get() instanceof OfTenant t ? Optional.of(t.tenant()) : Optional.empty();
    }

    public static <T> T call(Scope scope, Supplier<T> work) {
        try (Binding b = bind(scope)) {
            return work.get();
        }
    }

    /** The work, to run on another thread in the scope bound here now (or in none, if none is). */
    public static <T> java.util.concurrent.Callable<T> carried(java.util.concurrent.Callable<T> work) {
        Scope scope = CURRENT.get();
        if (scope == null) {
            return work;
        }
        return () -> {
            try (Binding b = bind(scope)) {
                return work.call();
            }
        };
    }

    public static void run(Scope scope, Runnable work) {
        try (Binding b = bind(scope)) {
            work.run();
        }
    }
}
