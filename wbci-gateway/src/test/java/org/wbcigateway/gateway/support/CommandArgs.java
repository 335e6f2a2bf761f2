package org.wbcigateway.gateway.support;

import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} arguments of the benchmark and crash-test commands. */
public final class CommandArgs {

    private CommandArgs() {}

    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are name=value, not " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
