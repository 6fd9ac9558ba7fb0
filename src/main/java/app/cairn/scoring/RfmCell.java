package app.cairn.scoring;

import java.math.BigDecimal;

/**
 * One cell of the R×F map.
 *
 * @param r the recency score, 1 (longest ago) to 5 (most recent)
 * @param f the frequency score, 1 to 5
 * @param customers how many customers have these scores
 * @param averageSpend their mean net spend: the map's shading
 */
public record RfmCell(int r, int f, long customers, BigDecimal averageSpend) {

    /** The named segment of the cell. */
    public RfmSegment segment() {
        return RfmSegment.of(r, f);
    }
}
