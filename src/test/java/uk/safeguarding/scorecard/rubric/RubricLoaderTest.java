package uk.safeguarding.scorecard.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.ConfigurationException;

class RubricLoaderTest {
    private static final Path CONFIG = Path.of("job-config");
    private static final String RUBRIC_ID = "wt2018-yearly-report";

    @TempDir
    Path dir;

    @Test
    void loadsShippedWt2018Rubric() {
        Rubric rubric = RubricLoader.load(CONFIG, RUBRIC_ID);

        assertThat(rubric.id()).isEqualTo(RUBRIC_ID);
        assertThat(rubric.version()).isNotBlank();
        assertThat(rubric.requirements()).extracting(Requirement::id).containsExactly(
                "WT18-YR-01", "WT18-YR-02", "WT18-YR-03", "WT18-YR-04", "WT18-YR-05", "WT18-YR-06", "WT18-YR-07",
                "WT18-YR-D1", "WT18-YR-D2", "WT18-YR-D3");
        assertThat(rubric.contentRequirements()).hasSize(7).allSatisfy(r -> {
            assertThat(r.cues().topic()).isNotEmpty();
            assertThat(r.cues().section()).isNotEmpty();
        });
        assertThat(rubric.deadlineRequirements()).extracting(r -> r.deadline().rule()).containsExactly(
                DeadlineRule.Kind.PUBLISHED_WITHIN, DeadlineRule.Kind.SENT_WITHIN, DeadlineRule.Kind.RECEIVED_BY);
        assertThat(rubric.requirement("WT18-YR-01").orElseThrow().countsDates()).isTrue();
        assertThat(rubric.requirement("WT18-YR-02").orElseThrow().countsDates()).isFalse();
        assertThat(rubric.requirement("WT18-YR-D1").orElseThrow().deadline().months()).isEqualTo(12);
        assertThat(rubric.requirement("WT18-YR-D2").orElseThrow().deadline().days()).isEqualTo(7);
        assertThat(rubric.requirement("WT18-YR-D3").orElseThrow().deadline().cutOff()).isInstanceOf(LocalDate.class);
        assertThat(rubric.fingerprint()).isNotBlank();
    }

    @Test
    void rejectsInvalidYaml() throws Exception {
        assertInvalid("id: broken\nversion: \"1\"\nrequirements: [\n  - id: X\n", "");
    }

    @Test
    void rejectsRepeatedRequirementId() throws Exception {
        assertInvalid(rubric(content("R-1") + content("R-1")), "R-1");
    }

    @Test
    void rejectsContentRequirementWithoutTopicCues() throws Exception {
        assertInvalid(rubric("""
                  - id: R-1
                    title: No topic
                    obligation: MUST
                    cues:
                      specific: [completed]
                """), "R-1");
    }

    @Test
    void rejectsDeadlineRuleWithoutItsParameter() throws Exception {
        assertInvalid(rubric(content("R-1") + """
                  - id: R-D1
                    title: Sent on time
                    obligation: SHOULD
                    deadline:
                      rule: SENT_WITHIN
                      months: 12
                """), "R-D1");
    }

    @Test
    void rejectsUnknownProperty() throws Exception {
        assertInvalid(rubric(content("R-1")) + "colour: blue\n", "colour");
    }

    @Test
    void fingerprintChangesWhenFileChanges() throws Exception {
        Path file = dir.resolve("r.yml");
        Files.writeString(file, rubric(content("R-1")));
        String before = RubricLoader.load(file).fingerprint();

        Files.writeString(file, rubric(content("R-1")).replace("version: \"1\"", "version: \"2\""));

        assertThat(RubricLoader.load(file).fingerprint()).isNotEqualTo(before);
        assertThat(RubricLoader.load(file).fingerprint()).isEqualTo(RubricLoader.load(file).fingerprint());
    }

    @Test
    void missingRubricNamesExpectedFile() {
        assertThatThrownBy(() -> RubricLoader.load(dir, "nope"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nope.yml");
    }

    private void assertInvalid(String yaml, String detail) throws Exception {
        Path file = dir.resolve("bad-rubric.yml");
        Files.writeString(file, yaml);

        assertThatThrownBy(() -> RubricLoader.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(detail);
    }

    private static String rubric(String requirements) {
        return "id: test-rubric\nversion: \"1\"\ntitle: Test\nrequirements:\n" + requirements;
    }

    private static String content(String id) {
        return """
                  - id: %s
                    title: Content
                    obligation: MUST
                    cues:
                      topic: [rapid review]
                """.formatted(id);
    }
}
