package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class SegmentSizeHistoryTest extends SegmentTestSupport {

    private static final Instant START = Instant.parse("2026-06-01T00:05:00Z");

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFewMeasurementsAreAllShownAndManyAreShownAsTheLastOfEachDay() {
        SegmentFixtures shop = newShop();
        shop.customer("Ivy", "DE", START);
        Segment tagged = segments.create(
                "Sizes " + shop.tag, null, shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE")));
        clock.freezeAt(START);
        segments.rebuild(tagged.id());
        clock.advance(Duration.ofMinutes(10));
        shop.customer("Jo", "DE", START);
        segments.rebuild(tagged.id());

        assertThat(membership.sizeHistory(tagged.id(), 30))
                .containsExactly(new SegmentSize(START, 1), new SegmentSize(START.plus(Duration.ofMinutes(10)), 2));

        for (int day = 0; day < 3; day++) {
            clock.freezeAt(START.plus(Duration.ofDays(day + 1)));
            for (int tick = 0; tick < 100; tick++) {
                if (tick == 99) {
                    shop.customer("Kim", "DE", START);
                }
                segments.rebuild(tagged.id());
                clock.advance(Duration.ofMinutes(10));
            }
        }

        List<SegmentSize> daily = membership.sizeHistory(tagged.id(), 30);
        assertThat(daily).extracting(SegmentSize::members).containsExactly(2L, 3L, 4L, 5L);
        assertThat(daily.getLast().at())
                .as("the last measurement of the day")
                .isEqualTo(START.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(990)));
    }
}
