package org.wbcigateway.gateway.platform.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ResourceLoader;

/** Key and certificate settings name a file path, a {@code classpath:}/{@code file:} resource, or hold PEM inline. */
public final class ConfigResources {

    private ConfigResources() {}

    public static InputStream open(ResourceLoader resources, String location) throws IOException {
        String value = location.trim();
        if (value.startsWith("-----BEGIN")) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
        }
        boolean prefixed = value.startsWith("classpath:") || value.startsWith("file:");
        return resources.getResource(prefixed ? value : "file:" + value).getInputStream();
    }
}
