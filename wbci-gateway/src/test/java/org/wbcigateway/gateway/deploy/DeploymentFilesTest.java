package org.wbcigateway.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.wbcigateway.gateway.crm.CrmProperties;
import org.wbcigateway.gateway.platform.access.AccessProperties;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.KnownSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment examples in {@code deploy/} are checked by tools, not by eye: the Kubernetes manifests are bound
 * to the Kubernetes API model with no unknown field anywhere, the compose file is validated against the Compose
 * Specification's JSON schema, the systemd unit by {@code systemd-analyze verify}; and every gateway setting they
 * give as an environment variable is one the gateway knows (bound as at start, where an unknown {@code wbci.*} key
 * fails it).
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<? extends KubernetesResource>> KINDS = Map.of(
            "Namespace", Namespace.class,
            "ConfigMap", ConfigMap.class,
            "Secret", Secret.class,
            "Deployment", Deployment.class,
            "Service", Service.class,
            "PodDisruptionBudget", PodDisruptionBudget.class);

    @Test
    void theKubernetesManifestsAreValidKubernetesObjects() throws IOException {
        Map<String, KubernetesResource> objects = kubernetesObjects();
        assertThat(objects.keySet())
                .contains(
                        "Deployment/wbci-gateway",
                        "Service/wbci-gateway",
                        "Service/wbci-gateway-partners",
                        "PodDisruptionBudget/wbci-gateway",
                        "ConfigMap/wbci-gateway",
                        "Secret/wbci-gateway");
        Deployment deployment = (Deployment) objects.get("Deployment/wbci-gateway");
        assertThat(deployment.getSpec().getReplicas()).as("several replicas").isGreaterThan(1);
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        var container = pod.getContainers().get(0);
        assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
        assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(container.getEnvFrom())
                .extracting(
                        e -> e.getSecretRef() == null ? null : e.getSecretRef().getName())
                .as("tokens and passwords from a Secret")
                .contains("wbci-gateway");
        assertThat(pod.getVolumes())
                .filteredOn(v -> v.getSecret() != null)
                .extracting(v -> v.getSecret().getSecretName())
                .as("the signing keystore from a Secret")
                .contains("wbci-gateway-signing");

        Map<String, String> labels = deployment.getSpec().getSelector().getMatchLabels();
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(labels);
        PodDisruptionBudget pdb = (PodDisruptionBudget) objects.get("PodDisruptionBudget/wbci-gateway");
        assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(labels);
        assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                .isLessThan(deployment.getSpec().getReplicas());
        for (String name : List.of("Service/wbci-gateway", "Service/wbci-gateway-partners")) {
            Service service = (Service) objects.get(name);
            assertThat(service.getSpec().getSelector()).as(name).isEqualTo(labels);
            service.getSpec()
                    .getPorts()
                    .forEach(p -> assertThat(container.getPorts())
                            .as(name + " targets a named container port")
                            .anyMatch(c -> c.getName().equals(p.getTargetPort().getStrVal())));
        }
    }

    @Test
    void theKubernetesImageTagIsThisVersion() throws IOException {
        java.util.Properties build = new java.util.Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/build-info.properties")) {
            assertThat(in)
                    .as("build-info.properties (spring-boot-maven-plugin build-info)")
                    .isNotNull();
            build.load(in);
        }
        String release = build.getProperty("build.version").replace("-SNAPSHOT", "");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images = (List<Map<String, Object>>)
                yaml(DEPLOY.resolve("kubernetes/kustomization.yaml")).get(0).get("images");
        assertThat(images).extracting(i -> String.valueOf(i.get("newTag"))).containsExactly(release);
        assertThat(Files.readString(Path.of("..", "CHANGELOG.md"))).contains("## [" + release + "]");
    }

    @Test
    void aMistypedFieldInAManifestIsFound() {
        Map<String, Object> probe = Map.of("httpGet", Map.of("path", "/actuator/health/liveness", "port", 8080));
        Map<String, Object> container = Map.of("name", "c", "image", "i", "livenesProbe", probe);
        Map<String, Object> deployment = Map.of(
                "apiVersion",
                "apps/v1",
                "kind",
                "Deployment",
                "metadata",
                Map.of("name", "x"),
                "spec",
                Map.of("template", Map.of("spec", Map.of("containers", List.of(container)))));
        try {
            bind(deployment, "test");
            fail("livenesProbe was accepted");
        } catch (AssertionError | IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("livenesProbe");
        }
    }

    @Test
    void theComposeFileFollowsTheComposeSpecification() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/deploy/compose-spec.json")) {
            // the schema names itself with a relative $id, which the validator wants absolute
            com.fasterxml.jackson.databind.node.ObjectNode spec =
                    (com.fasterxml.jackson.databind.node.ObjectNode) STRICT.readTree(in);
            spec.put("$id", "https://github.com/compose-spec/compose-spec/schema/compose-spec.json");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(spec);
        }
        Map<String, Object> compose = yaml(DEPLOY.resolve("compose.yaml")).get(0);
        Set<ValidationMessage> errors = schema.validate(STRICT.valueToTree(compose));
        assertThat(errors).as("compose.yaml").isEmpty();

        Map<String, Object> broken = new LinkedHashMap<>(compose);
        broken.put("servics", Map.of());
        assertThat(schema.validate(STRICT.valueToTree(broken)))
                .as("a mistyped key is found")
                .isNotEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "aaaa", "bbbb");
    }

    @Test
    void everyGatewaySettingTheExamplesGiveIsKnown() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>)
                yaml(DEPLOY.resolve("compose.yaml")).get(0).get("services");
        for (String gateway : List.of("aaaa", "bbbb")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment =
                    (Map<String, Object>) services.get(gateway).get("environment");
            assertStarts("compose " + gateway, environment);
        }
        Map<String, Object> kubernetes = new HashMap<>();
        Map<String, KubernetesResource> objects = kubernetesObjects();
        kubernetes.putAll(((ConfigMap) objects.get("ConfigMap/wbci-gateway")).getData());
        kubernetes.putAll(((Secret) objects.get("Secret/wbci-gateway")).getStringData());
        assertStarts("kubernetes", kubernetes);
    }

    @Test
    void theSystemdUnitIsValidAndRunsTheReadmesCommand() throws Exception {
        Path unit = DEPLOY.resolve("systemd/wbci-gateway.service");
        String text = Files.readString(unit);
        String execStart =
                text.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("java -jar wbci-gateway/target/wbci-gateway.jar");
        assertThat(execStart).matches("ExecStart=/usr/bin/java .*-jar /opt/wbci-gateway/wbci-gateway\\.jar .*");
        assertThat(text).contains("User=wbci").doesNotContain("User=root");

        Path systemdAnalyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(systemdAnalyze), "systemd-analyze is not installed");
        Process verify = new ProcessBuilder(systemdAnalyze.toString(), "verify", unit.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output)
                .as("no warning either (an unknown key is only a warning)")
                .isBlank();
    }

    /** Binds the environment as the gateway does at start: an unknown {@code wbci.*} key fails it. */
    private static void assertStarts(String where, Map<String, Object> environment) {
        Map<String, Object> resolved = new HashMap<>();
        environment.forEach(
                (k, v) -> resolved.put(k, String.valueOf(v).replaceAll("\\$\\{[^}]*}", "placeholder-value-0000")));
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .replace(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, resolved)))
                .withUserConfiguration(Settings.class)
                .run(context -> assertThat(context).as(where).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({GatewayProperties.class, CrmProperties.class, AccessProperties.class})
    @Import(KnownSettings.class)
    static class Settings {}

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static Map<String, KubernetesResource> kubernetesObjects() throws IOException {
        Map<String, KubernetesResource> objects = new LinkedHashMap<>();
        try (var files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (Map<String, Object> document : yaml(file)) {
                    KubernetesResource object =
                            bind(document, file.getFileName().toString());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
                    objects.put(document.get("kind") + "/" + metadata.get("name"), object);
                }
            }
        }
        return objects;
    }

    /** The document as its Kubernetes type; a field the type does not have fails, at any depth. */
    private static KubernetesResource bind(Map<String, Object> document, String file) {
        Class<? extends KubernetesResource> type = KINDS.get(String.valueOf(document.get("kind")));
        assertThat(type).as(file + ": kind " + document.get("kind")).isNotNull();
        KubernetesResource object = STRICT.convertValue(document, type);
        List<String> unknown = new ArrayList<>();
        unknownFields(object, "", unknown, new IdentityHashMap<>());
        assertThat(unknown).as(file + ": fields Kubernetes does not know").isEmpty();
        return object;
    }

    /** fabric8's model keeps fields it does not know in {@code additionalProperties} instead of failing. */
    private static void unknownFields(Object node, String at, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                unknownFields(o, at + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> || !node.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0
                    || !m.getName().startsWith("get")
                    || m.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(at + "." + k));
                }
            } else {
                unknownFields(value, at + "." + m.getName().substring(3), unknown, seen);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }
}
