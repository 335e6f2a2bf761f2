package org.wbcigateway.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The samples of a Prometheus text exposition ({@code /actuator/prometheus}): name, labels, value. */
public final class PrometheusText {

    public record Sample(String name, Map<String, String> labels, double value) {

        /** Whether every given label (name, value, name, value, ...) has that value. */
        public boolean has(String... labelPairs) {
            for (int i = 0; i < labelPairs.length; i += 2) {
                if (!labelPairs[i + 1].equals(labels.get(labelPairs[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new PrometheusText(samples);
    }

    /** The samples of this name carrying the given labels (name, value, ...). */
    public List<Sample> samples(String name, String... labelPairs) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.has(labelPairs))
                .toList();
    }

    /** The sum over {@link #samples}; fails if there is none. */
    public double sum(String name, String... labelPairs) {
        List<Sample> found = samples(name, labelPairs);
        if (found.isEmpty()) {
            throw new AssertionError("no sample " + name + " with " + String.join(",", labelPairs) + " among "
                    + samples.stream().filter(s -> s.name().startsWith(name)).toList());
        }
        return found.stream().mapToDouble(Sample::value).sum();
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.lastIndexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        if (brace < 0 || brace > space) {
            name = line.substring(0, line.indexOf(' '));
        } else {
            name = line.substring(0, brace);
            labels(line, brace + 1, labels);
        }
        String value = line.substring(space + 1);
        return new Sample(name, labels, value.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value));
    }

    /** Reads {@code key="value",...}} from position {@code i} (values may hold escaped quotes, commas, braces). */
    private static void labels(String line, int i, Map<String, String> labels) {
        while (line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).trim();
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            for (; line.charAt(j) != '"'; j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    char next = line.charAt(++j);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            labels.put(key, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
    }
}
