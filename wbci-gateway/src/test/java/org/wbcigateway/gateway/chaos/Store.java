package org.wbcigateway.gateway.chaos;

/** The database a crash test's gateway processes run on. */
public enum Store {
    /** The embedded default: an H2 file database in the gateway's own process, the README's settings. */
    H2,
    /** PostgreSQL on 127.0.0.1:5432, a schema per gateway. */
    POSTGRES
}
