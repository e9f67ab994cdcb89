package uk.safeguarding.scorecard.partnership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * The partnerships of {@code job-config/partnerships.csv}: every English local authority (DfE code,
 * ONS code, name) with the partnership it belongs to. Looks partnerships up by code, by name, or by
 * the slug used in file names ("Kingston upon Hull" as {@code kingston-upon-hull}).
 */
public final class PartnershipDirectory {
    private final Map<String, Partnership> byKey = new HashMap<>();

    private PartnershipDirectory() {
    }

    public static PartnershipDirectory load(Path configDir) {
        PartnershipDirectory dir = new PartnershipDirectory();
        Path file = configDir.resolve("partnerships.csv");
        if (!Files.isRegularFile(file)) {
            return dir;
        }
        for (CsvTable.Row row : CsvTable.read(file, "partnership_code", "partnership_name").rows()) {
            Partnership p = new Partnership(row.get("partnership_code"), row.get("partnership_name"));
            for (String key : List.of(p.code(), p.name(), slug(p.name()))) {
                dir.byKey.putIfAbsent(normal(key), p);
            }
        }
        return dir;
    }

    /** A partnership by code, name or file-name slug, case-insensitively. */
    public Optional<Partnership> find(String codeOrName) {
        return codeOrName == null ? Optional.empty() : Optional.ofNullable(byKey.get(normal(codeOrName)));
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String normal(String key) {
        return slug(key);
    }
}
