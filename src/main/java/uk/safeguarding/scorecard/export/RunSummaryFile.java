package uk.safeguarding.scorecard.export;

import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code run-summary.json}: run ids, times and counts (kept out of the deterministic CSVs). */
public final class RunSummaryFile {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunSummaryFile() {
    }

    public static void write(Path file, Map<String, Object> summary) {
        AtomicFile.write(file, out -> JSON.writeValue(out, summary));
    }
}
