package org.wbcigateway.gateway.platform.config;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fails the start on a {@code wbci.*} setting that no configuration record reads, from whatever source (command line,
 * application.yaml, environment variable, system property): Spring Boot would ignore it and silently use the default.
 * <p>
 * Before any bean is created, every {@code @ConfigurationProperties} record under {@code wbci} is bound once more with
 * Spring Boot's {@link NoUnboundElementsBindHandler}, so what counts as known is exactly what the records bind (map
 * entries, lists, relaxed names included). A record does not judge the keys of a record nested under its prefix
 * ({@code wbci.crm.*}, {@code wbci.access.*} belong to their own). Any other binding error is left to the real
 * binding, which reports it as usual.
 */
@Component
public class KnownSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("wbci");

    private Environment environment;

    // a BeanFactoryPostProcessor is created before constructor injection works
    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Map<ConfigurationPropertyName, Class<?>> records = records(beanFactory);
        Map<String, Unknown> unknown = new TreeMap<>();
        records.forEach((prefix, type) -> check(prefix, type, nestedPrefixes(prefix, records.keySet()))
                .forEach(u -> unknown.putIfAbsent(u.name(), u)));
        if (!unknown.isEmpty()) {
            throw new UnknownSettingsException(List.copyOf(unknown.values()));
        }
    }

    private static Map<ConfigurationPropertyName, Class<?>> records(ConfigurableListableBeanFactory beanFactory) {
        Map<ConfigurationPropertyName, Class<?>> records = new TreeMap<>();
        for (String name : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = beanFactory.getType(name, false);
            if (type == null) {
                continue;
            }
            MergedAnnotations.from(type)
                    .get(ConfigurationProperties.class)
                    .getValue("prefix", String.class)
                    .filter(prefix -> !prefix.isEmpty())
                    .map(ConfigurationPropertyName::of)
                    .filter(prefix -> prefix.equals(ROOT) || ROOT.isAncestorOf(prefix))
                    .ifPresent(prefix -> records.put(prefix, type));
        }
        return records;
    }

    private static List<ConfigurationPropertyName> nestedPrefixes(
            ConfigurationPropertyName prefix, Set<ConfigurationPropertyName> all) {
        return all.stream().filter(prefix::isAncestorOf).toList();
    }

    private List<Unknown> check(
            ConfigurationPropertyName prefix, Class<?> type, List<ConfigurationPropertyName> nested) {
        List<ConfigurationPropertySource> view = StreamSupport.stream(
                        ConfigurationPropertySources.get(environment).spliterator(), false)
                .map(source -> source.filter(
                        name -> nested.stream().noneMatch(other -> other.equals(name) || other.isAncestorOf(name))))
                .toList();
        Binder binder = new Binder(view, new PropertySourcesPlaceholdersResolver(environment));
        Handler handler = new Handler();
        try {
            binder.bind(prefix, Bindable.of(type), handler);
            return List.of();
        } catch (BindException e) {
            return unbound(e)
                    .map(u -> u.getUnboundProperties().stream()
                            .map(p -> new Unknown(
                                    p.getName().toString(),
                                    origin(p),
                                    retired(p.getName())
                                            .or(() -> partnerKeyWithoutBrackets(p.getName()))
                                            .or(() -> handler.environmentSpelling(p.getName()))
                                            .or(() ->
                                                    handler.nearest(p.getName()).map(n -> "did you mean " + n + "?"))))
                            .toList())
                    .orElse(List.of());
        }
    }

    /** Settings that were removed (by their last element), with what to do instead. */
    private static final Map<String, String> RETIRED = Map.of(
            "allow-rsa-sha1",
            "removed: RSA-SHA1 is now accepted from every partner (spec §5); to refuse it set "
                    + "wbci.partners.[X].forbid-rsa-sha1=true, or wbci.security.forbid-rsa-sha1=true for all partners");

    private static final ConfigurationPropertyName PARTNERS = ConfigurationPropertyName.of("wbci.partners");

    /**
     * {@code wbci.partners.DEU.BBBB.certificate} (or {@code WBCI_PARTNERS_DEU_BBBB_CERTIFICATE}): a carrier code's dot
     * splits the key, so it names no partner. Says what works instead.
     */
    private static Optional<String> partnerKeyWithoutBrackets(ConfigurationPropertyName name) {
        if (!PARTNERS.isAncestorOf(name) || name.getNumberOfElements() < 5 || name.isNumericIndex(2)) {
            return Optional.empty();
        }
        String code = (name.getElement(2, ConfigurationPropertyName.Form.ORIGINAL) + "."
                        + name.getElement(3, ConfigurationPropertyName.Form.ORIGINAL))
                .toUpperCase(java.util.Locale.ROOT);
        String field = name.getElement(4, ConfigurationPropertyName.Form.DASHED);
        return Optional.of("a carrier code's dot splits the key: write wbci.partners.[" + code + "]." + field
                + " (quoted on a shell), or the list form wbci.partners[0].code=" + code + " and wbci.partners[0]."
                + field + ", as environment variables WBCI_PARTNERS_0_CODE=" + code + " and WBCI_PARTNERS_0_"
                + field.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private static Optional<String> retired(ConfigurationPropertyName name) {
        return Optional.ofNullable(RETIRED.get(name.getLastElement(ConfigurationPropertyName.Form.DASHED)));
    }

    private static Optional<UnboundConfigurationPropertiesException> unbound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnboundConfigurationPropertiesException u) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    private static String origin(ConfigurationProperty property) {
        return property.getOrigin() != null ? property.getOrigin().toString() : "";
    }

    /**
     * A {@code wbci.*} key no record reads: where it was set and a hint — what replaced a removed setting, or the
     * known key probably meant.
     */
    public record Unknown(String name, String origin, Optional<String> hint) {}

    /**
     * Remembers every name the binder looked for (the known keys, as suggestions), and checks for unknown keys also
     * when the record itself refused its values: a misspelt required key shows up there as a missing value, and the
     * misspelling is the better message.
     */
    private static final class Handler extends NoUnboundElementsBindHandler {

        private final Set<ConfigurationPropertyName> attempted = new HashSet<>();

        Handler() {
            super(BindHandler.DEFAULT);
        }

        @Override
        public <T> Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
            attempted.add(name);
            return super.onStart(name, target, context);
        }

        @Override
        public Object onFailure(
                ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error)
                throws Exception {
            // a BindException here comes from a nested value, after which the rest was not bound: no reliable check
            if (context.getDepth() == 0
                    && !(error instanceof BindException)
                    && !(error instanceof UnboundConfigurationPropertiesException)) {
                onFinish(name, target, context, null);
            }
            return super.onFailure(name, target, context, error);
        }

        /**
         * {@code WBCI_CARRIER_CODE} is {@code wbci.carrier.code}: in an environment variable each {@code _} is a dot,
         * and a dash is left out ({@code WBCI_CARRIERCODE}). Names the variable that was meant.
         */
        Optional<String> environmentSpelling(ConfigurationPropertyName unknown) {
            String squashed =
                    unknown.toString().replace('.', '_').replace("[", "_").replace("]", "");
            return attempted.stream()
                    .filter(known -> known.getNumberOfElements() < unknown.getNumberOfElements())
                    .map(ConfigurationPropertyName::toString)
                    .filter(known -> known.replace('.', '_').replace("-", "_").equals(squashed))
                    .findFirst()
                    .map(known -> "did you mean " + known + "? As an environment variable: "
                            + known.replace("-", "").replace('.', '_').toUpperCase(java.util.Locale.ROOT)
                            + " (a dash is left out, each _ stands for a dot)");
        }

        Optional<String> nearest(ConfigurationPropertyName unknown) {
            String name = unknown.toString();
            return attempted.stream()
                    .filter(known -> known.getNumberOfElements() == unknown.getNumberOfElements())
                    .map(ConfigurationPropertyName::toString)
                    .filter(known -> !known.equals(name))
                    .min(Comparator.comparingInt((String known) -> distance(known, name))
                            .thenComparing(known -> known))
                    .filter(known -> distance(known, name) <= 3);
        }
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
