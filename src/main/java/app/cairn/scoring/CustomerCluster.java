package app.cairn.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cluster of the last clustering, described by its typical (mean) customer and in plain words.
 *
 * @param number 1 for the cluster with the highest mean spend, and so on down
 * @param customers how many customers it holds
 * @param recencyDays mean days since the last order
 * @param orders mean number of orders
 * @param spend mean net spend
 * @param averageOrder mean average order value
 * @param tenureDays mean days since the first order
 * @param traits how its centre stands against all customers
 */
public record CustomerCluster(
        int number,
        long customers,
        double recencyDays,
        double orders,
        BigDecimal spend,
        BigDecimal averageOrder,
        double tenureDays,
        List<ClusterTrait> traits) {}
