package uk.safeguarding.scorecard.document;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code scorecard.limits.*} (job-config/application.yml) to the extraction limits. */
@Configuration
@EnableConfigurationProperties(ExtractionLimitsConfiguration.LimitsProperties.class)
class ExtractionLimitsConfiguration {

    /** The configurable limits; unset ones take {@link ExtractionLimits#defaults()}. */
    @ConfigurationProperties("scorecard.limits")
    record LimitsProperties(Long maxFileBytes, Integer maxPages, Integer maxTextChars, Integer minTextChars,
            Integer wordsPerSection, Integer maxSecondsPerDocument, Double zipMinInflateRatio, Long zipMaxEntryBytes) {
    }

    /**
     * POI's zip-bomb guards for every OOXML file read (DOCX reports, XLSX checks): JVM-wide, so set
     * once here from the configuration.
     */
    @Bean
    ExtractionLimits extractionLimits(LimitsProperties p) {
        if (p.zipMinInflateRatio() != null) {
            ZipSecureFile.setMinInflateRatio(p.zipMinInflateRatio());
        }
        if (p.zipMaxEntryBytes() != null) {
            ZipSecureFile.setMaxEntrySize(p.zipMaxEntryBytes());
        }
        ExtractionLimits d = ExtractionLimits.defaults();
        return new ExtractionLimits(p.maxFileBytes() == null ? d.maxFileBytes() : p.maxFileBytes(),
                p.maxPages() == null ? d.maxPages() : p.maxPages(),
                p.maxTextChars() == null ? d.maxTextChars() : p.maxTextChars(),
                p.minTextChars() == null ? d.minTextChars() : p.minTextChars(),
                p.wordsPerSection() == null ? d.wordsPerSection() : p.wordsPerSection(),
                p.maxSecondsPerDocument() == null ? d.maxSecondsPerDocument() : p.maxSecondsPerDocument());
    }
}
