package app.cairn.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads where one customer stands — scores and cluster — for the customer page's summary. */
@Service
@Transactional(readOnly = true)
public class CustomerStandings {

    private final JdbcClient jdbc;

    CustomerStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the customer stands now. */
    public CustomerStanding of(long customerId) {
        record Scores(CustomerStanding.Rfm rfm, Integer cluster) {}
        Optional<Scores> scores = jdbc.sql(
                        "SELECT r, f, m, rfm_segment, cluster FROM customer_rfm WHERE customer_id = ?")
                .param(customerId)
                .query((rs, row) -> new Scores(
                        new CustomerStanding.Rfm(
                                rs.getInt(1), rs.getInt(2), rs.getInt(3), RfmSegment.valueOf(rs.getString(4))),
                        rs.getObject(5, Integer.class)))
                .optional();
        Integer cluster = scores.map(Scores::cluster).orElse(null);
        List<ClusterTrait> traits = cluster == null
                ? List.of()
                : jdbc.sql("SELECT traits FROM customer_cluster WHERE cluster = ?")
                        .param(cluster)
                        .query(String.class)
                        .optional()
                        .map(words -> Arrays.stream(words.split(","))
                                .map(ClusterTrait::valueOf)
                                .toList())
                        .orElse(List.of());
        return new CustomerStanding(scores.map(Scores::rfm).orElse(null), cluster, traits);
    }
}
