package org.wbcigateway.gateway.platform.tenancy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work on the provider's data (tenant registry, partner directory): in the provider's scope and a transaction of
 * its own, whatever tenant's transaction the caller is in.
 */
@Component
public class ProviderTransactions {

    private final TransactionTemplate transactions;
    private final TenantScope.Scope scope;

    ProviderTransactions(PlatformTransactionManager manager, Schemas schemas) {
        this.transactions = new TransactionTemplate(manager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scope = new TenantScope.OfProvider(schemas.provider());
    }

    public <T> T execute(TransactionCallback<T> work) {
        return TenantScope.call(scope, () -> transactions.execute(work));
    }

    public void run(Runnable work) {
        execute(status -> {
            work.run();
            return null;
        });
    }
}
