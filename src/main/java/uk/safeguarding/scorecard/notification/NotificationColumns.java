package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * How notification spreadsheets are read ({@code job-config/notification-columns.yml}): header
 * synonyms of each canonical column, the required columns, the allowed category values with their
 * spellings, and the age bands of the national summary.
 */
public final class NotificationColumns {
    /** One age band of the national summary. */
    public record AgeBand(String label, int from, int to) {
    }

    private record File(Map<String, List<String>> columns, List<String> required,
            Map<String, Map<String, List<String>>> categories, List<AgeBand> ageBands) {
    }

    private final Map<String, String> columnByHeader = new HashMap<>();
    private final List<String> canonical;
    private final Map<String, Integer> positionOf = new HashMap<>();
    private final Map<String, Map<String, String>> categoryBySpelling = new HashMap<>();
    private final List<String> required;
    private final List<AgeBand> ageBands;

    private NotificationColumns(File file) {
        this.canonical = List.copyOf(file.columns().keySet());
        for (int p = 0; p < canonical.size(); p++) {
            positionOf.put(canonical.get(p).intern(), p); // the code names columns by literals: equal by identity
        }
        file.columns().forEach((canonical, synonyms) -> {
            columnByHeader.put(normal(canonical), canonical);
            synonyms.forEach(s -> columnByHeader.putIfAbsent(normal(s), canonical));
        });
        file.categories().forEach((column, values) -> {
            Map<String, String> spellings = new HashMap<>();
            values.forEach((value, names) -> {
                spellings.put(normal(value), value);
                names.forEach(n -> spellings.putIfAbsent(normal(n), value));
            });
            categoryBySpelling.put(column, spellings);
        });
        this.required = List.copyOf(file.required());
        this.ageBands = List.copyOf(file.ageBands());
    }

    public static NotificationColumns load(Path configDir) {
        Path path = configDir.resolve("notification-columns.yml");
        try {
            File file = YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                    .readValue(Files.readAllBytes(path), File.class);
            if (file.columns() == null || file.required() == null || file.categories() == null || file.ageBands() == null) {
                throw new ConfigurationException(path + " needs columns, required, categories and age_bands");
            }
            return new NotificationColumns(file);
        } catch (IOException | JacksonException e) {
            throw new ConfigurationException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The canonical column a header means, if any (personal and unknown columns have none). */
    public Optional<String> columnFor(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(columnByHeader.get(normal(header)));
    }

    /** The canonical value of a category cell, if its spelling is known. */
    public Optional<String> category(String column, String value) {
        Map<String, String> spellings = categoryBySpelling.get(column);
        return spellings == null || value == null ? Optional.empty() : Optional.ofNullable(spellings.get(normal(value)));
    }

    /** The canonical columns in the file's order. */
    public List<String> canonical() {
        return canonical;
    }

    /** A canonical column's position in {@link #canonical()}, or -1. */
    int position(Object column) {
        Integer p = positionOf.get(column);
        return p == null ? -1 : p;
    }

    public List<String> required() {
        return required;
    }

    public List<AgeBand> ageBands() {
        return ageBands;
    }

    /** Lower case, letters and digits only, without a trailing bracketed hint such as "(dd/mm/yyyy)". */
    static String normal(String s) {
        String text = s.strip();
        int hint = text.endsWith(")") ? text.indexOf('(') : -1;
        if (hint >= 0 && text.indexOf('\n', hint) < 0) {
            text = text.substring(0, hint);
        }
        return PartnershipDirectory.compact(text);
    }
}
