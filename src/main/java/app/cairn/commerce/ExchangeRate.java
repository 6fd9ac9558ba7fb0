package app.cairn.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the shop's exchange rates: from {@code validFrom} on, one unit of {@code currency} is worth {@code rate}
 * units of the reporting currency.
 *
 * @param changedBy who entered it (an API key, a staff member, an import)
 */
public record ExchangeRate(
        String currency, LocalDate validFrom, BigDecimal rate, Instant changedAt, String changedBy) {}
