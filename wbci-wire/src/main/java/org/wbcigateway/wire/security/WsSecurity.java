package org.wbcigateway.wire.security;

import org.apache.wss4j.dom.engine.WSSConfig;

/** Registers WSS4J's algorithms with Apache Santuario once per JVM. */
final class WsSecurity {

    private static volatile boolean initialised;

    private WsSecurity() {}

    static synchronized void init() {
        if (!initialised) {
            WSSConfig.init();
            initialised = true;
        }
    }
}
