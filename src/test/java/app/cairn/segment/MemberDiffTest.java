package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.segment.internal.membership.MemberDiff;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MemberDiffTest {

    @Test
    void entriesAreTheMatchingWhoAreNotMembersAndExitsTheMembersWhoNoLongerMatch() {
        MemberDiff diff = MemberDiff.between(new long[] {2, 4, 6, 8}, new long[] {1, 4, 5, 8, 9});

        assertThat(diff.entries()).containsExactly(1, 5, 9);
        assertThat(diff.exits()).containsExactly(2, 6);
    }

    @Test
    void aNewSegmentHasEveryoneEnterAndAnEmptyMatchHasEveryoneLeave() {
        assertThat(MemberDiff.between(new long[0], new long[] {3, 7}).entries()).containsExactly(3, 7);
        assertThat(MemberDiff.between(new long[] {3, 7}, new long[0]).exits()).containsExactly(3, 7);
        MemberDiff same = MemberDiff.between(new long[] {3, 7}, new long[] {3, 7});
        assertThat(same.entries()).isEmpty();
        assertThat(same.exits()).isEmpty();
    }

    @Test
    void agreesWithSetDifferencesOnRandomLists() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 50; round++) {
            TreeSet<Long> members = randomIds(random);
            TreeSet<Long> matching = randomIds(random);

            MemberDiff diff = MemberDiff.between(sorted(members), sorted(matching));

            TreeSet<Long> entries = new TreeSet<>(matching);
            entries.removeAll(members);
            TreeSet<Long> exits = new TreeSet<>(members);
            exits.removeAll(matching);
            assertThat(diff.entries()).containsExactly(sorted(entries));
            assertThat(diff.exits()).containsExactly(sorted(exits));
        }
    }

    private static TreeSet<Long> randomIds(SplittableRandom random) {
        TreeSet<Long> ids = new TreeSet<>();
        LongStream.range(0, random.nextInt(0, 200)).forEach(i -> ids.add(random.nextLong(1, 300)));
        return ids;
    }

    private static long[] sorted(TreeSet<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
