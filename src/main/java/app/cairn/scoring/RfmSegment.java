package app.cairn.scoring;

/**
 * The eleven named RFM segments, by recency (R) and frequency (F) score, each 1 to 5: the common R×F map in
 * which every one of the 25 cells has exactly one name. Monetary value shades the map but does not name.
 */
public enum RfmSegment {
    CHAMPIONS,
    LOYAL_CUSTOMERS,
    POTENTIAL_LOYALISTS,
    NEW_CUSTOMERS,
    PROMISING,
    NEED_ATTENTION,
    ABOUT_TO_SLEEP,
    AT_RISK,
    CANT_LOSE_THEM,
    HIBERNATING,
    LOST;

    /** The segment of a cell of the map. */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("R and F scores are 1 to 5, not " + r + " and " + f);
        }
        return switch (r) {
            case 5 -> f >= 4 ? CHAMPIONS : f >= 2 ? POTENTIAL_LOYALISTS : NEW_CUSTOMERS;
            case 4 -> f >= 4 ? CHAMPIONS : f >= 2 ? POTENTIAL_LOYALISTS : PROMISING;
            case 3 -> f >= 4 ? LOYAL_CUSTOMERS : f == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
            case 2 -> f >= 3 ? AT_RISK : HIBERNATING;
            default -> f == 5 ? CANT_LOSE_THEM : f >= 3 ? AT_RISK : LOST;
        };
    }
}
