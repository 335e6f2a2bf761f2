package org.wbcigateway.gateway.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * A mistyped {@code wbci.*} setting fails the start instead of being ignored: every name under {@code wbci} given in
 * a configuration file, on the command line or by a test must be a component of one of the {@code wbci.*}
 * configuration records ({@link GatewayProperties}, {@code wbci.crm}, {@code wbci.access}), map keys and list
 * indices aside. Spring Boot's own {@code ignoreUnknownFields = false} cannot say this here: it would count the
 * other records' settings as unknown. Environment variables are not checked (Spring Boot's strict binding leaves
 * them out too), nor JVM system properties beside the records' sections (tools use {@code -Dwbci.shared.dir}).
 */
@Component
class UnknownSettings implements SmartInitializingSingleton {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("wbci");

    /** Settings that were removed, with what to do instead. */
    private static final Map<String, String> REMOVED = Map.of(
            "allowrsasha1", "it was removed: RSA-SHA1 is now accepted from every partner (spec §5); to refuse it set "
                    + "wbci.partners.[X].forbid-rsa-sha1=true, or wbci.security.forbid-rsa-sha1=true for all partners");

    private final ApplicationContext context;
    private final ConfigurableEnvironment environment;

    UnknownSettings(ApplicationContext context, ConfigurableEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<ConfigurationPropertyName, Type> records = new TreeMap<>();
        ConfigurationPropertiesBean.getAll(context).values().forEach(bean -> {
            ConfigurationPropertyName prefix = ConfigurationPropertyName.of(bean.getAnnotation().prefix());
            Class<?> type = bean.getInstance().getClass();
            if ((ROOT.equals(prefix) || ROOT.isAncestorOf(prefix)) && type.isRecord()) {
                records.put(prefix, type);
            }
        });
        List<String> problems = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names && checked(source)) {
                names.stream().filter(ROOT::isAncestorOf).forEach(name -> check(name, records, source, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("unknown settings (mistyped?):\n  " + String.join("\n  ", problems));
        }
    }

    private static boolean checked(ConfigurationPropertySource source) {
        return !(source.getUnderlyingSource() instanceof PropertySource<?> p)
                || !StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(p.getName());
    }

    private static void check(ConfigurationPropertyName name, Map<ConfigurationPropertyName, Type> records,
                              ConfigurationPropertySource source, List<String> problems) {
        ConfigurationPropertyName prefix = null;
        for (ConfigurationPropertyName candidate : records.keySet()) {
            if ((candidate.equals(name) || candidate.isAncestorOf(name))
                    && (prefix == null || prefix.isAncestorOf(candidate))) {
                prefix = candidate;
            }
        }
        if (prefix == null) {
            return;
        }
        int unknownAt = unknownElement(name, prefix.getNumberOfElements(), records.get(prefix));
        boolean systemProperty = source.getUnderlyingSource() instanceof PropertySource<?> p
                && StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(p.getName());
        if (unknownAt < 0 || (systemProperty && unknownAt == ROOT.getNumberOfElements())) {
            return;
        }
        ConfigurationProperty property = source.getConfigurationProperty(name);
        String origin = property == null || property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")";
        String removed = REMOVED.get(name.getElement(unknownAt, Form.UNIFORM));
        problems.add(name + origin + (removed == null ? "" : ": " + removed));
    }

    /** The index of the first element of {@code name} from {@code index} on that {@code type} does not have; -1: none. */
    private static int unknownElement(ConfigurationPropertyName name, int index, Type type) {
        if (index >= name.getNumberOfElements()) {
            return -1;
        }
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return unknownElement(name, index, argument(type, 0));
        }
        if (raw.isRecord()) {
            String element = name.getElement(index, Form.UNIFORM);
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().toLowerCase(Locale.ROOT).equals(element)) {
                    return unknownElement(name, index + 1, component.getGenericType());
                }
            }
            return index;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = argument(type, 1);
            return raw(value).isRecord() ? unknownElement(name, index + 1, value) : -1;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return -1;
        }
        return index;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
