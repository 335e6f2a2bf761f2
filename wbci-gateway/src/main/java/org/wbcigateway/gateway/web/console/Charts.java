package org.wbcigateway.gateway.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bar charts as inline SVG, laid out here so that the templates only draw what they are given: horizontal bars for
 * counts per category, stacked columns for messages per day.
 */
final class Charts {

    static final int LABEL_WIDTH = 130;
    static final int BAR_AREA = 180;
    static final int ROW = 26;
    static final int COLUMN_AREA = 150;
    static final int COLUMN_STEP = 24;

    /** One horizontal bar; {@code tone} is a CSS class suffix (e.g. a phase or escalation level). */
    record Bar(String label, long value, int y, int width, String tone) {

        public int x() {
            return LABEL_WIDTH;
        }

        public int track() {
            return BAR_AREA;
        }

        public int valueX() {
            return LABEL_WIDTH + BAR_AREA + 6;
        }
    }

    record BarChart(List<Bar> bars, int width, int height) {

        public boolean empty() {
            return bars.stream().allMatch(b -> b.value() == 0);
        }
    }

    /** One day: received (bottom) and sent (top) stacked. */
    record Column(String label, long in, long out, int x, int inY, int inHeight, int outY, int outHeight) {}

    record ColumnChart(List<Column> columns, int width, int height, long max) {}

    private Charts() {}

    /** Keys are labels (message keys or plain text, as the template decides), values counts, in the map's order. */
    static BarChart bars(Map<String, Long> values, Map<String, String> tones) {
        long max = Math.max(
                1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int width = (int) Math.round((double) e.getValue() * BAR_AREA / max);
            bars.add(new Bar(
                    e.getKey(),
                    e.getValue(),
                    y,
                    e.getValue() > 0 ? Math.max(width, 2) : 0,
                    tones.getOrDefault(e.getKey(), "default")));
            y += ROW;
        }
        return new BarChart(bars, LABEL_WIDTH + BAR_AREA + 40, Math.max(y, ROW));
    }

    static ColumnChart columns(List<DashboardQuery.Day> days) {
        long max =
                Math.max(1, days.stream().mapToLong(d -> d.in() + d.out()).max().orElse(1));
        int step = COLUMN_STEP;
        int top = 16;
        List<Column> columns = new ArrayList<>();
        int x = 30;
        for (DashboardQuery.Day d : days) {
            int inHeight = (int) Math.round((double) d.in() * COLUMN_AREA / max);
            int outHeight = (int) Math.round((double) d.out() * COLUMN_AREA / max);
            int base = top + COLUMN_AREA;
            columns.add(new Column(
                    String.format("%02d.%02d.", d.day().getDayOfMonth(), d.day().getMonthValue()),
                    d.in(),
                    d.out(),
                    x,
                    base - inHeight,
                    inHeight,
                    base - inHeight - outHeight,
                    outHeight));
            x += step;
        }
        return new ColumnChart(columns, x + 10, top + COLUMN_AREA + 24, max);
    }
}
