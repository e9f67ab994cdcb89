package uk.safeguarding.scorecard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.document.Page;
import uk.safeguarding.scorecard.rubric.RubricLoader;

/** The labelling rules (domain.md, "How to tell the levels apart") on small hand-written reports. */
class EvidenceScorerTest {
    private static final EvidenceScorer SCORER = new EvidenceScorer(RubricLoader.load(Path.of("job-config"), "wt2018-yearly-report"));
    private static final String TITLE = "Eastmoor Safeguarding Children Partnership\nAnnual Report 2022-23\n\n";

    private static Map<String, Rating> rate(String text) {
        return SCORER.score(List.of(new Page(1, TITLE + text))).stream()
                .collect(Collectors.toMap(RequirementScore::requirementId, RequirementScore::rating));
    }

    @Test
    void restatedGuidanceIsNotEvidence() {
        Map<String, Rating> ratings = rate("""
                Introduction
                Working Together 2018 requires that the report must set out what the safeguarding partners have done \
                as a result of the arrangements, including on child safeguarding practice reviews, and how effective \
                the arrangements have been in practice. It should also include evidence of the impact of the work of \
                the partners, including training, on outcomes for children and families, and the ways in which the \
                partners have sought and used feedback from children and families.
                """);
        assertThat(ratings.values()).containsOnly(Rating.NOT);
    }

    @Test
    void headingOrPointerElsewhereIsNotEvidence() {
        Map<String, Rating> ratings = rate("""
                Child safeguarding practice reviews

                Voice of children and families
                Our work with young people is covered elsewhere in this report.
                """);
        assertThat(ratings.get("WT18-YR-02")).isEqualTo(Rating.NOT);
        assertThat(ratings.get("WT18-YR-07")).isEqualTo(Rating.NOT);
    }

    @Test
    void promiseIsAtMostPartly() {
        Map<String, Rating> ratings = rate("""
                Listening to children
                In the coming year we will seek the views of young people through the youth council, and we will \
                tell them what we changed as a result in 2024.
                """);
        assertThat(ratings.get("WT18-YR-07")).isEqualTo(Rating.PARTLY);
    }

    @Test
    void promiseAboutFutureReportingIsNotEvidence() {
        assertThat(rate("Future reports will include outcome data for children and families.\n").get("WT18-YR-04"))
                .isEqualTo(Rating.NOT);
    }

    @Test
    void impactAssertedWithoutEvidenceIsPartlyAndOutcomeFiguresAreFully() {
        assertThat(rate("""
                Impact
                Our work has made a difference to children and families across Eastmoor.
                """).get("WT18-YR-04")).isEqualTo(Rating.PARTLY);
        assertThat(rate("""
                Difference made for children
                Children becoming subject to a second child protection plan fell from 23% in 2021-22 to 14% in \
                2022-23, as a result of the new neglect pathway.
                """).get("WT18-YR-04")).isEqualTo(Rating.FULLY);
    }

    @Test
    void trainingAttendanceAloneIsAtMostPartlyImpact() {
        assertThat(rate("""
                Training
                We delivered 52 training courses, attended by 1,241 practitioners, compared with 980 the previous year.
                """).get("WT18-YR-04")).isEqualTo(Rating.PARTLY);
    }

    @Test
    void countedReviewsInThePeriodAreFullyAndTheProcessAlonePartly() {
        assertThat(rate("""
                Reviews
                We notified the national Panel of four serious incidents and completed four rapid reviews, all \
                within 15 working days.
                """).get("WT18-YR-02")).isEqualTo(Rating.FULLY);
        assertThat(rate("""
                Reviews
                The Case Review Group considers serious incidents and recommends to the partners whether a local \
                child safeguarding practice review is needed.
                """).get("WT18-YR-02")).isEqualTo(Rating.PARTLY);
    }

    @Test
    void adultOnlyTextIsNotEvidenceForChildrenRequirements() {
        Map<String, Rating> ratings = rate("""
                Adults: reviews
                The Safeguarding Adults Board completed two Safeguarding Adults Reviews, published in July 2022, \
                and ran workshops on mental capacity for 214 staff.
                """);
        assertThat(ratings.get("WT18-YR-02")).isEqualTo(Rating.NOT);
        assertThat(ratings.get("WT18-YR-06")).isEqualTo(Rating.NOT);
    }

    @Test
    void adultsBoardReportEvidencesNothing() {
        List<RequirementScore> scores = SCORER.score(List.of(new Page(1, """
                Eastmoor Safeguarding Adults Board
                Annual Report 2022-23

                Progress on our priorities
                Our work on financial abuse made little progress this year because the lead officer retired.
                """)));
        assertThat(scores).extracting(RequirementScore::rating).containsOnly(Rating.NOT);
    }

    @Test
    void sectionHeadingPutsItsPassagesOnTheTopic() {
        assertThat(rate("""
                What didn't go to plan
                The exploitation panel did not start. When we looked at why, we found that the three councils use \
                different case systems, and the lead post was funded by one council alone.
                """).get("WT18-YR-05")).isEqualTo(Rating.FULLY);
    }

    @Test
    void anEarlierSentenceOfTheParagraphPutsItOnTheTopic() {
        assertThat(rate("""
                Have the arrangements worked? We asked our independent scrutineer to look at how well we worked \
                together. His report found that decisions were made quickly and carried out.
                """).get("WT18-YR-03")).isEqualTo(Rating.FULLY);
    }

    @Test
    void thePartnersOwnJudgementOfEffectivenessIsAtMostPartly() {
        assertThat(rate("""
                We judge our arrangements to be effective: the partners concluded that the subgroups work well.
                """).get("WT18-YR-03")).isEqualTo(Rating.PARTLY);
    }
}
