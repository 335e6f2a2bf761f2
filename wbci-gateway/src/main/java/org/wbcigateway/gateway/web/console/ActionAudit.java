package org.wbcigateway.gateway.web.console;

/** Records who did what in the console; the logging default is replaced by a database-backed bean later. */
public interface ActionAudit {

    /**
     * @param user    who acted
     * @param action  e.g. {@code RUEM_VA}, {@code RESEND}, {@code START_SWITCH}
     * @param target  what it acted on: a VorabstimmungsId, outbox entry or contract id
     * @param outcome {@code OK} or {@code REFUSED}
     * @param detail  what was sent, or why it was refused
     */
    void record(String user, String action, String target, String outcome, String detail);
}
