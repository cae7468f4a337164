package id.kombel.platform.testapp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects, as written in dashboards and alert rules: what is
 * left after label matchers, strings, ranges and grouping clauses are cut out, without functions,
 * aggregations and keywords. Grafana's variables ({@code $__rate_interval}, {@code $application}) and
 * its {@code label_values(selector, label)} are understood.
 */
final class PromQl {

    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*?)(?:,\\s*\\w+\\s*)?\\)\\s*$");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "offset",
            "bool",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "atan2",
            "inf",
            "nan",
            "Inf",
            "NaN",
            "start",
            "end");

    private PromQl() {}

    /** Metric names in a query of a panel or an alert rule. */
    static Set<String> metricNames(String expression) {
        String text = STRING.matcher(expression).replaceAll("\"\"");
        text = MATCHERS.matcher(text).replaceAll(" ");
        text = RANGE.matcher(text).replaceAll(" ");
        text = GROUPING.matcher(text).replaceAll(" ");
        text = VARIABLE.matcher(text).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            boolean numberPart = identifier.start() > 0 && isNumberPart(text.charAt(identifier.start() - 1));
            boolean call = text.substring(identifier.end()).stripLeading().startsWith("(");
            String name = identifier.group();
            if (!numberPart && !call && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Metric names in a Grafana variable query: {@code label_values(up{job="x"}, instance)}. */
    static Set<String> variableMetricNames(String query) {
        Matcher labelValues = LABEL_VALUES.matcher(query);
        if (labelValues.matches()) {
            String selector = labelValues.group(1);
            // label_values(label) alone names no metric
            return selector.contains("{") || labelValues.group(0).contains(",") ? metricNames(selector) : Set.of();
        }
        return metricNames(query);
    }

    /** A letter right after a digit or a dot is part of a number or duration: 1e3, 5m, 0.5. */
    private static boolean isNumberPart(char previous) {
        return Character.isDigit(previous) || previous == '.';
    }
}
