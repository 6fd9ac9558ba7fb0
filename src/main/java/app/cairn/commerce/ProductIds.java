package app.cairn.commerce;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Catalogue ids by SKU, for order lines and events (a line may name a product Cairn does not know). */
@Component
class ProductIds {

    private final NamedParameterJdbcTemplate jdbc;

    ProductIds(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of those SKUs that are in the catalogue. */
    Map<String, Long> of(Collection<String> skus) {
        Map<String, Long> ids = new HashMap<>();
        Set<String> distinct = new LinkedHashSet<>(skus);
        if (!distinct.isEmpty()) {
            jdbc.query("SELECT sku, id FROM product WHERE sku IN (:skus)", Map.of("skus", distinct), rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            });
        }
        return ids;
    }
}
