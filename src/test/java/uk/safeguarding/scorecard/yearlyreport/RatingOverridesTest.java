package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.RubricLoader;

class RatingOverridesTest {
    private static final Rubric RUBRIC = RubricLoader.load(Path.of("job-config"), "wt2018-yearly-report");
    private static final String HEADER = "document_id,requirement_id,rating,reviewer,reason\n";

    @TempDir
    Path dir;

    @Test
    void loadsOverridesKeyedByDocumentAndRequirement() throws Exception {
        Files.writeString(dir.resolve("overrides.csv"), HEADER
                + "northmere_2024-25,WT18-YR-03,fully,A. Analyst,Scrutineer report on page 4\n"
                + "ashby-vale_2024-25,WT18-YR-07,NOT,,Only practitioner feedback\n");

        RatingOverrides overrides = RatingOverrides.load(dir, RUBRIC);

        RatingOverride o = overrides.find("Northmere_2024-25", "WT18-YR-03").orElseThrow();
        assertThat(o.rating()).isEqualTo(Rating.FULLY);
        assertThat(o.explanation()).isEqualTo("Scrutineer report on page 4 (A. Analyst)");
        assertThat(overrides.find("ashby-vale_2024-25", "WT18-YR-07").orElseThrow().explanation())
                .isEqualTo("Only practitioner feedback");
        assertThat(overrides.find("northmere_2024-25", "WT18-YR-01")).isEmpty();
    }

    @Test
    void noFileMeansNoOverrides() {
        assertThat(RatingOverrides.load(dir, RUBRIC).find("northmere_2024-25", "WT18-YR-03")).isEmpty();
    }

    @Test
    void badRatingNamesLine() throws Exception {
        Files.writeString(dir.resolve("overrides.csv"), HEADER
                + "northmere_2024-25,WT18-YR-03,FULLY,A,ok\n"
                + "northmere_2024-25,WT18-YR-04,MOSTLY,A,typo\n");

        assertThatThrownBy(() -> RatingOverrides.load(dir, RUBRIC))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("overrides.csv line 3")
                .hasMessageContaining("MOSTLY");
    }

    @Test
    void unknownOrDeadlineRequirementNamesLine() throws Exception {
        Files.writeString(dir.resolve("overrides.csv"), HEADER + "northmere_2024-25,WT18-YR-99,FULLY,A,typo\n");
        assertThatThrownBy(() -> RatingOverrides.load(dir, RUBRIC))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("WT18-YR-99");

        Files.writeString(dir.resolve("overrides.csv"), HEADER + "northmere_2024-25,WT18-YR-D1,FULLY,A,deadline\n");
        assertThatThrownBy(() -> RatingOverrides.load(dir, RUBRIC))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("WT18-YR-D1");
    }
}
