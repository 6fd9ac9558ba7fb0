package app.cairn.segment.internal.membership;

import java.util.Arrays;

/**
 * Who enters and who leaves a segment: the customers who match but are not members, and the members who no
 * longer match. Both lists come from one pass over the two sorted id lists, so comparing half a million members
 * costs milliseconds and no set of boxed ids.
 *
 * @param entries the ids to add, ascending
 * @param exits the ids to take out, ascending
 */
public record MemberDiff(long[] entries, long[] exits) {

    /**
     * @param members the current members' ids, ascending, each once
     * @param matching the ids of the customers the rule matches, ascending, each once
     */
    public static MemberDiff between(long[] members, long[] matching) {
        long[] entries = new long[matching.length];
        long[] exits = new long[members.length];
        int entered = 0;
        int exited = 0;
        int m = 0;
        int r = 0;
        while (m < members.length || r < matching.length) {
            if (r == matching.length || (m < members.length && members[m] < matching[r])) {
                exits[exited++] = members[m++];
            } else if (m == members.length || matching[r] < members[m]) {
                entries[entered++] = matching[r++];
            } else {
                m++;
                r++;
            }
        }
        return new MemberDiff(Arrays.copyOf(entries, entered), Arrays.copyOf(exits, exited));
    }
}
