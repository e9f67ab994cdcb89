package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The content hash is the hash of the values' joined text, whatever the values hold (stored hashes stay valid). */
class ContentTextTest {

    private static NotificationRecord record(String id, String childRef, LocalDate date, Integer age, Boolean yes) {
        return new NotificationRecord(id, childRef, "E08000001", date, date, null, "DEATH", null, age, "FEMALE", null,
                date, "YES", null, date, null, yes, null, Boolean.FALSE, yes, null, Boolean.TRUE);
    }

    /** The definition: each value's text (U+0000 for none) followed by U+001F, hashed as UTF-8. */
    private static long joinedTextHash(NotificationRecord r) {
        String text = Arrays.stream(r.getClass().getRecordComponents()).map(c -> {
            try {
                return Objects.toString(c.getAccessor().invoke(r), "\u0000") + '\u001f';
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining());
        return RowOutcome.digest64(text);
    }

    @Test
    void hashesTheJoinedTextOfEveryKindOfValue() {
        for (NotificationRecord r : new NotificationRecord[] {
            record("N-1", "C-1", LocalDate.of(2024, 3, 7), 7, true),
            record("N-2", null, null, null, null),
            record("Zoë-ß", "Łódź \u00A0", LocalDate.of(1999, 12, 31), 0, false),
            record("emoji \uD83D\uDE00 and a lone \uD800 surrogate", "\uDC00", LocalDate.of(10_000, 1, 1), 17, true),
            record("", "", LocalDate.of(999, 1, 2), -1, false),
            record("x".repeat(600), "long", LocalDate.of(-5, 6, 30), 3, null),
        }) {
            assertThat(NotificationRepository.rowHash(r)).as(r.notificationId()).isEqualTo(joinedTextHash(r));
        }
        assertThat(NotificationRepository.rowHash(record("N-1", "C-1", LocalDate.of(2024, 3, 7), 7, true)))
                .isNotEqualTo(NotificationRepository.rowHash(record("N-1", "C-1", LocalDate.of(2024, 3, 8), 7, true)));
    }
}
