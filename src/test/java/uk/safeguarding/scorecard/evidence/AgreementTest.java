package uk.safeguarding.scorecard.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.safeguarding.scorecard.evidence.Rating.FULLY;
import static uk.safeguarding.scorecard.evidence.Rating.NOT;
import static uk.safeguarding.scorecard.evidence.Rating.PARTLY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void computesAgreementKappaAndConfusionMatrix() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, "R1", FULLY, FULLY, 3);
        add(pairs, "R1", FULLY, PARTLY, 1);
        add(pairs, "R2", PARTLY, PARTLY, 2);
        add(pairs, "R2", PARTLY, NOT, 1);
        add(pairs, "R2", NOT, NOT, 2);
        add(pairs, "R2", NOT, FULLY, 1);
        double observed = 7 / 10.0;
        double chance = (4 * 4 + 3 * 3 + 3 * 3) / 100.0;

        Agreement.Stats stats = new Agreement(pairs).overall();

        assertThat(stats.n()).isEqualTo(10);
        assertThat(stats.agreement()).isCloseTo(observed, within(1e-9));
        assertThat(stats.kappa()).isCloseTo((observed - chance) / (1 - chance), within(1e-9));
        assertThat(stats.kappa()).isCloseTo(6 / 11.0, within(1e-9));
        assertThat(stats.confusion()).isDeepEqualTo(new int[][] {{3, 1, 0}, {0, 2, 1}, {1, 0, 2}});
    }

    @Test
    void groupsByRequirementAndListsDisagreements() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, "R1", FULLY, FULLY, 2);
        add(pairs, "R2", NOT, PARTLY, 1);
        add(pairs, "R2", NOT, NOT, 1);

        Agreement agreement = new Agreement(pairs);

        assertThat(agreement.byRequirement()).containsOnlyKeys("R1", "R2");
        assertThat(agreement.byRequirement().get("R1").agreement()).isEqualTo(1.0);
        assertThat(agreement.byRequirement().get("R2").agreement()).isEqualTo(0.5);
        assertThat(agreement.disagreements()).singleElement()
                .satisfies(p -> assertThat(p.automatic()).isEqualTo(PARTLY));
    }

    @Test
    void perfectAgreementIsKappaOne() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, "R1", FULLY, FULLY, 2);
        add(pairs, "R1", PARTLY, PARTLY, 3);
        add(pairs, "R1", NOT, NOT, 1);

        Agreement.Stats stats = new Agreement(pairs).overall();

        assertThat(stats.agreement()).isEqualTo(1.0);
        assertThat(stats.kappa()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unanimousSingleCategoryIsKappaOne() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, "R1", NOT, NOT, 4);

        assertThat(new Agreement(pairs).overall().kappa()).isEqualTo(1.0);
    }

    @Test
    void noPairsGivesNaN() {
        Agreement.Stats stats = new Agreement(List.of()).overall();

        assertThat(stats.n()).isZero();
        assertThat(stats.kappa()).isNaN();
        assertThat(stats.agreement()).isNaN();
    }

    private static void add(List<Agreement.Pair> pairs, String requirement, Rating human, Rating automatic, int count) {
        for (int i = 0; i < count; i++) {
            pairs.add(new Agreement.Pair("doc" + pairs.size(), requirement, human, automatic));
        }
    }
}
