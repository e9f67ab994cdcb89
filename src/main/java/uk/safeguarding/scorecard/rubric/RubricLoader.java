package uk.safeguarding.scorecard.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.Sha256;

/** Reads and checks rubrics from the {@code rubrics/} folder of the job configuration. */
public final class RubricLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RubricLoader() {
    }

    /** Loads rubric {@code id} from {@code configDir/rubrics/<id>.yml}. */
    public static Rubric load(Path configDir, String id) {
        Path file = configDir.resolve("rubrics").resolve(id + ".yml");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("Rubric '" + id + "' not found: expected " + file);
        }
        return load(file);
    }

    public static Rubric load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read rubric " + file + ": " + e.getMessage(), e);
        }
        Rubric parsed;
        try {
            parsed = YAML.readValue(bytes, Rubric.class);
        } catch (JacksonException e) {
            throw new ConfigurationException("Rubric " + file + " is not valid: " + e.getOriginalMessage(), e);
        }
        Rubric rubric = new Rubric(parsed.id(), parsed.version(), parsed.title(), parsed.source(),
                parsed.scoring() == null ? new ScoringSettings(null, null, null, null, null, null, null) : parsed.scoring(),
                parsed.requirements(), Sha256.of(bytes).substring(0, 16));
        check(rubric, file);
        return rubric;
    }

    private static void check(Rubric rubric, Path file) {
        if (blank(rubric.id()) || blank(rubric.version())) {
            throw invalid(file, "needs an id and a version");
        }
        if (rubric.requirements() == null || rubric.requirements().isEmpty()) {
            throw invalid(file, "has no requirements");
        }
        Set<String> ids = new HashSet<>();
        for (Requirement r : rubric.requirements()) {
            if (blank(r.id()) || !ids.add(r.id())) {
                throw invalid(file, "has a requirement with a missing or repeated id: " + r.id());
            }
            if (r.isContent() && (r.cues() == null || r.cues().topic().isEmpty())) {
                throw invalid(file, "requirement " + r.id() + " needs topic cues (or a deadline rule)");
            }
            if (!r.isContent()) {
                checkDeadline(r, file);
            }
        }
    }

    private static void checkDeadline(Requirement r, Path file) {
        DeadlineRule d = r.deadline();
        boolean ok = d.rule() != null && switch (d.rule()) {
            case PUBLISHED_WITHIN -> d.months() != null;
            case SENT_WITHIN -> d.days() != null;
            case RECEIVED_BY -> d.cutOff() != null;
        };
        if (!ok) {
            throw invalid(file, "deadline " + r.id() + " needs rule PUBLISHED_WITHIN (months), "
                    + "SENT_WITHIN (days) or RECEIVED_BY (cut_off)");
        }
    }

    private static ConfigurationException invalid(Path file, String what) {
        return new ConfigurationException("Rubric " + file + " " + what);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
