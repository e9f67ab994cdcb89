package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import uk.safeguarding.scorecard.evidence.EvidenceScorer;
import uk.safeguarding.scorecard.rubric.Rubric;

/** The yearly-reports job's parameters, typed. */
record YearlyReportParameters(Path input, Path output, Path config, LocalDate asOf, String rubricId, Path register) {

    static YearlyReportParameters from(JobParameters p) {
        String register = p.getString("register");
        return new YearlyReportParameters(Path.of(p.getString("input")), Path.of(p.getString("output")),
                Path.of(p.getString("config")), p.getLocalDate("asOf"), p.getString("rubric"),
                register == null || register.isBlank() ? null : Path.of(register));
    }

    static String scoringKey(Rubric rubric) {
        return rubric.id() + ":" + rubric.fingerprint() + ":" + EvidenceScorer.METHOD_VERSION;
    }
}
