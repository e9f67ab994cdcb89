package uk.safeguarding.scorecard.rubric;

import java.util.List;

/**
 * One requirement of a rubric. Content requirements are rated from the document text; deadline
 * requirements are judged from the submissions register.
 *
 * @param id stable id, e.g. {@code WT18-YR-03}
 * @param title short title shown to analysts
 * @param guidance the guidance paragraph the requirement comes from
 * @param obligation MUST or SHOULD
 * @param cues evidence cues (content requirements only)
 * @param fullyMinSpecifics how many specific signals in one passage make it FULLY evidence
 * @param fullyMinPassages how many separate FULLY passages the document needs for FULLY (default 1)
 * @param figuresAreSpecific whether figures in a passage count as specific signals
 * @param datesAreSpecific whether a month and year ("in June 2023") in a passage counts as a specific signal
 * @param onlyUnclaimedEvidence for a catch-all requirement: a passage outside its own section that is another requirement's
 *     FULLY evidence counts at most PARTLY here (one fact does not lift two requirements)
 * @param deadline the deadline rule (deadline requirements only)
 */
public record Requirement(String id, String title, String guidance, Obligation obligation, Cues cues,
        Integer fullyMinSpecifics, Integer fullyMinPassages, Boolean figuresAreSpecific, Boolean datesAreSpecific, Boolean onlyUnclaimedEvidence, DeadlineRule deadline) {

    /** Whether the guidance says the report must or should include this. */
    public enum Obligation { MUST, SHOULD }

    /**
     * Phrases that find evidence. {@code topic}: the passage is about this requirement;
     * {@code section}: a section heading with this wording puts every passage under it on the topic
     * (topic cues count in headings too);
     * {@code specific}: concrete activity, effect or outcome; {@code atMostPartly}: wording that
     * caps a passage at PARTLY (training attendance for impact); {@code exclude}: a passage with this
     * wording never counts for the requirement (e.g. Safeguarding Adults Reviews for child reviews).
     */
    public record Cues(List<String> topic, List<String> section, List<String> specific, List<String> atMostPartly,
            List<String> exclude) {
        public Cues {
            section = section == null ? List.of() : List.copyOf(section);
            atMostPartly = atMostPartly == null ? List.of() : List.copyOf(atMostPartly);
            topic = topic == null ? List.of() : List.copyOf(topic);
            specific = specific == null ? List.of() : List.copyOf(specific);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }

    public boolean isContent() {
        return deadline == null;
    }

    public int fullyThreshold() {
        return fullyMinSpecifics == null ? 2 : fullyMinSpecifics;
    }

    public int fullyPassagesNeeded() {
        return fullyMinPassages == null ? 1 : fullyMinPassages;
    }

    public boolean countsOnlyUnclaimedEvidence() {
        return onlyUnclaimedEvidence != null && onlyUnclaimedEvidence;
    }

    public boolean countsDates() {
        return datesAreSpecific != null && datesAreSpecific;
    }

    public boolean countsFigures() {
        return figuresAreSpecific == null || figuresAreSpecific;
    }
}
