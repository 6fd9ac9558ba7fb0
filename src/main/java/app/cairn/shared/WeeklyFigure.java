package app.cairn.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of a figure over time, for the home page's charts.
 *
 * @param weekStart the Monday the week starts on (UTC)
 * @param count how many (orders, new customers, …) in the week
 * @param amount an amount in the week (revenue in the reporting currency), or null for a figure without one
 */
public record WeeklyFigure(LocalDate weekStart, long count, BigDecimal amount) {}
