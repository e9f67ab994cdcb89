package uk.safeguarding.scorecard.sampledata;

import java.util.List;
import uk.safeguarding.scorecard.evidence.Rating;

/**
 * What a sample report should evidence: one level per content requirement (WT18-YR-01..07 in
 * order), and whether it pastes the guidance list in.
 */
record ReportProfile(String area, String period, List<Rating> levels, boolean pastesGuidance, String format) {

    String partnership() {
        return area + " Safeguarding Children Partnership";
    }

    String documentId() {
        return area.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "_" + period;
    }
}
