package uk.safeguarding.scorecard.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Fictional paragraphs to compose sample yearly reports from ({@code sample-data/passage-bank.yml}):
 * for each requirement and level, paragraphs written to sit at that level; plus introductions,
 * a pasted copy of the guidance, and neutral fillers.
 */
record PassageBank(Map<String, List<String>> headings, Map<String, Map<String, List<String>>> requirements,
        List<String> introductions, String guidancePaste, List<String> fillers) {

    static PassageBank load() {
        try (InputStream in = PassageBank.class.getResourceAsStream("/sample-data/passage-bank.yml")) {
            return YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                    .readValue(in, PassageBank.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
