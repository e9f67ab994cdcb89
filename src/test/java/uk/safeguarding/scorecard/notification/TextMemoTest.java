package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    @Test
    void looksEachTextUpOnceAndAnswersAsTheLookupWould() {
        List<String> asked = new ArrayList<>();
        TextMemo<Integer> length = new TextMemo<>(t -> {
            asked.add(t);
            return t.length();
        });

        assertThat(List.of(length.get("Camden"), length.get("Hull"), length.get("Camden"), length.get("Hull")))
                .containsExactly(6, 4, 6, 4);
        assertThat(asked).containsExactly("Camden", "Hull");
    }

    @Test
    void pastItsBoundItStillAnswersButNoLongerRemembers() {
        List<String> asked = new ArrayList<>();
        TextMemo<String> upper = new TextMemo<>(t -> {
            asked.add(t);
            return t.toUpperCase(java.util.Locale.ROOT);
        });
        for (int i = 0; i < TextMemo.MAX_TEXTS; i++) {
            upper.get("text " + i);
        }
        asked.clear();

        assertThat(upper.get("one more")).isEqualTo("ONE MORE");
        assertThat(upper.get("one more")).isEqualTo("ONE MORE");
        assertThat(upper.get("text 7")).isEqualTo("TEXT 7");
        assertThat(asked).containsExactly("one more", "one more");
    }
}
