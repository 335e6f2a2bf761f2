package org.wbcigateway.gateway.crm;

import java.util.function.Consumer;

/** The contracts of one import, read in two passes: a cheap count for the progress, then the rows themselves. */
public interface ContractSource {

    /** {@code CSV} or {@code JSON}, for the job's view and log. */
    String format();

    int count();

    /**
     * Hands every row to the consumer in order. A row that cannot be a contract is handed over as rejected; an
     * exception ends the whole import (the input cannot be read any further).
     */
    void read(Consumer<ImportRow> rows);
}
