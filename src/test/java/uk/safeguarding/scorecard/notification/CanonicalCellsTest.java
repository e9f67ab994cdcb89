package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CanonicalCellsTest {
    private static final NotificationColumns COLUMNS = NotificationColumns.load(Path.of("job-config"));

    @Test
    void aCellIsFoundByItsCanonicalColumnAndBlankSlotsAreAbsent() {
        RawCell[] slots = new RawCell[COLUMNS.canonical().size()];
        RawCell id = new RawCell("N-1", null);
        RawCell la = new RawCell("Camden", null);
        slots[COLUMNS.position("notification_id")] = id;
        slots[COLUMNS.position("local_authority")] = la;

        CanonicalCells cells = new CanonicalCells(COLUMNS, slots);

        assertThat(cells.get("notification_id")).isSameAs(id);
        assertThat(cells.getOrDefault("child_ref", RawCell.BLANK)).isSameAs(RawCell.BLANK);
        assertThat(cells.getOrDefault("child_name", RawCell.BLANK)).isSameAs(RawCell.BLANK);
        assertThat(cells.get("child_name")).isNull();
        assertThat(cells).containsOnly(entry("notification_id", id), entry("local_authority", la));
        assertThat(new SourceRow("f.xlsx", "Data", 2, cells).cell("local_authority")).isSameAs(la);
    }

    @Test
    void everyCanonicalColumnOfTheFileHasItsOwnSlot() {
        assertThat(COLUMNS.canonical()).startsWith("notification_id", "child_ref", "local_authority")
                .contains("known_to_childrens_social_care").doesNotHaveDuplicates();
        for (int p = 0; p < COLUMNS.canonical().size(); p++) {
            assertThat(COLUMNS.position(COLUMNS.canonical().get(p))).isEqualTo(p);
        }
        assertThat(COLUMNS.position("date_of_birth")).isEqualTo(-1);
    }
}
