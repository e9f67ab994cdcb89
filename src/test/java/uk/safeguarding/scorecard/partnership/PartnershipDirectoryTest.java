package uk.safeguarding.scorecard.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipDirectoryTest {
    private static final PartnershipDirectory DIRECTORY = PartnershipDirectory.load(Path.of("job-config"));
    private static final Partnership LEEDS = new Partnership("383", "Leeds Safeguarding Children Partnership");

    @Test
    void findsByCode() {
        assertThat(DIRECTORY.find("383")).contains(LEEDS);
    }

    @Test
    void findsByNameIgnoringCase() {
        assertThat(DIRECTORY.find("Leeds Safeguarding Children Partnership")).contains(LEEDS);
        assertThat(DIRECTORY.find("LEEDS SAFEGUARDING CHILDREN PARTNERSHIP")).contains(LEEDS);
    }

    @Test
    void findsBySlugOfName() {
        assertThat(DIRECTORY.find("leeds-safeguarding-children-partnership")).contains(LEEDS);
        assertThat(DIRECTORY.find("bristol-city-of-safeguarding-children-partnership")).map(Partnership::code)
                .contains("801");
    }

    @Test
    void findsByFileNameSlugOfLocalAuthority() {
        assertThat(DIRECTORY.find("leeds")).contains(LEEDS);
    }

    @Test
    void unknownOrNullIsEmpty() {
        assertThat(DIRECTORY.find("Atlantis")).isEmpty();
        assertThat(DIRECTORY.find(null)).isEmpty();
    }

    @Test
    void slugIsLowerCaseWordsJoinedByHyphens() {
        assertThat(PartnershipDirectory.slug("Kingston upon Hull, City of")).isEqualTo("kingston-upon-hull-city-of");
        assertThat(PartnershipDirectory.slug("  St. Helens ")).isEqualTo("st-helens");
    }

    @Test
    void missingFileGivesEmptyDirectory(@TempDir Path dir) {
        assertThat(PartnershipDirectory.load(dir).find("383")).isEmpty();
    }
}
