package org.wbcigateway.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Scenario files: JSON, from a path or from the built-in {@code scenarios/} on the classpath. */
public final class ScenarioFiles {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioFiles() {}

    public static Scenario parse(String json) {
        try {
            return JSON.readValue(json, Scenario.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid scenario: " + e.getOriginalMessage(), e);
        }
    }

    /** A file, or if no such file exists a built-in scenario by name ({@code standard} or {@code standard.json}). */
    public static Scenario load(String pathOrName) {
        Path path = Path.of(pathOrName);
        try {
            if (Files.isRegularFile(path)) {
                return parse(Files.readString(path));
            }
            return builtIn(pathOrName.endsWith(".json") ? pathOrName : pathOrName + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario builtIn(String fileName) throws IOException {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("/scenarios/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario file " + fileName + " and no built-in one");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public static String write(Scenario scenario) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
    }
}
