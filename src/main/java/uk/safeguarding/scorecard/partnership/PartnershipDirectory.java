package uk.safeguarding.scorecard.partnership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * The partnerships of {@code job-config/partnerships.csv}: every English local authority (DfE code,
 * ONS code, name) with the partnership it belongs to. Finds a partnership by its code or name, or
 * by a local authority's DfE code, ONS code or name, case-insensitively and in the slug form used
 * in file names ("Kingston upon Hull" as {@code kingston-upon-hull}).
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
            for (String key : List.of(p.code(), p.name(), row.get("la_name"), row.get("dfe_code"), row.get("ons_code"))) {
                if (!key.isBlank()) {
                    dir.byKey.putIfAbsent(slug(key), p);
                }
            }
        }
        return dir;
    }

    /** A partnership by any of its keys, case-insensitively; hyphens, spaces and underscores alike. */
    public Optional<Partnership> find(String codeOrName) {
        return codeOrName == null ? Optional.empty() : Optional.ofNullable(byKey.get(slug(codeOrName)));
    }

    /** Lower case letters and digits, every other run of characters one hyphen, none at the ends. */
    public static String slug(String name) {
        return lettersAndDigits(name, true);
    }

    /** Lower case letters and digits only: the slug without its hyphens. */
    public static String compact(String name) {
        return lettersAndDigits(name, false);
    }

    private static String lettersAndDigits(String name, boolean hyphens) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphens && gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
