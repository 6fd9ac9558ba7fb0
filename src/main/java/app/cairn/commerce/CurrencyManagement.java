package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting currency and the shop's dated exchange rates. Every figure that adds, averages, ranks or compares
 * amounts across customers is in the reporting currency, converted with these rates; each order keeps its own
 * amount and currency, and the converted amount with the rate used. Changing a rate converts that currency's orders
 * again, changing the reporting currency converts every order again (rates belong to one reporting currency), and
 * the customers' spend figures follow in the same transaction; segments reading spend catch up at their next
 * rebuild.
 */
@Service
@Transactional
public class CurrencyManagement {

    /** The most rates one CSV file may hold. */
    public static final int MAX_IMPORTED_RATES = 10_000;

    private final JdbcClient jdbc;
    private final ReportingAmounts amounts;
    private final OrderFigures figures;
    private final Clock clock;

    CurrencyManagement(JdbcClient jdbc, ReportingAmounts amounts, OrderFigures figures, Clock clock) {
        this.jdbc = jdbc;
        this.amounts = amounts;
        this.figures = figures;
        this.clock = clock;
    }

    /** The currency spend figures, segment rules, RFM and reports are in. */
    @Transactional(readOnly = true)
    public String reportingCurrency() {
        return amounts.reportingCurrency();
    }

    /**
     * Makes {@code code} the reporting currency and converts every order again with the rates entered for it (none
     * yet, at first: orders in other currencies are then unconverted until rates are entered).
     *
     * @throws CommerceException when the code is not an ISO 4217 currency
     */
    public void setReportingCurrency(String code, String by) {
        String currency = currency(code);
        if (currency.equals(reportingCurrency())) {
            return;
        }
        jdbc.sql(
                        "UPDATE commerce_currency_setting SET reporting_currency = ?, changed_at = ?, changed_by = ? WHERE id = 1")
                .params(currency, UtcColumns.toColumn(clock.instant()), by)
                .update();
        amounts.convertAll();
        figures.refreshAll();
    }

    /** The rates for the reporting currency, by currency and newest first. */
    @Transactional(readOnly = true)
    public List<ExchangeRate> rates() {
        return jdbc.sql("""
                        SELECT currency, valid_from, rate, changed_at, changed_by FROM exchange_rate
                        WHERE reporting_currency = ? ORDER BY currency, valid_from DESC""")
                .param(reportingCurrency())
                .query((rs, row) -> new ExchangeRate(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3).stripTrailingZeros(),
                        UtcColumns.read(rs, 4),
                        rs.getString(5)))
                .list();
    }

    /**
     * Enters a rate (or changes the one for that currency and day) and converts the currency's orders again.
     * Answers whether it was new.
     *
     * @throws CommerceException for an unknown currency, the reporting currency itself, or a rate that is not a
     *     positive number
     */
    public boolean saveRate(String currencyCode, LocalDate validFrom, BigDecimal rate, String by) {
        String currency = rateCurrency(currencyCode);
        checkRate(rate, currency);
        if (validFrom == null) {
            throw new CommerceException("commerce.error.rate-date-required", currency);
        }
        boolean created = write(currency, validFrom, rate, by);
        amounts.convertCurrency(currency);
        figures.refreshCurrency(currency);
        return created;
    }

    /** Deletes a rate and converts the currency's orders again with the rates left. */
    public void deleteRate(String currencyCode, LocalDate validFrom) {
        String currency = currency(currencyCode);
        int deleted = jdbc.sql(
                        "DELETE FROM exchange_rate WHERE reporting_currency = ? AND currency = ? AND valid_from = ?")
                .params(reportingCurrency(), currency, validFrom)
                .update();
        if (deleted == 0) {
            throw new CommerceException("commerce.error.rate-not-found", currency, String.valueOf(validFrom));
        }
        amounts.convertCurrency(currency);
        figures.refreshCurrency(currency);
    }

    /**
     * Enters the rates of a CSV file with the columns {@code currency,valid_from,rate} (a header row naming them;
     * dates as {@code 2026-01-31}); a rate already there for that currency and day is changed. Every problem is
     * reported at once, by row, column and value, and then nothing is written. Answers how many rates were read.
     */
    public int importRates(Reader csv, String by) {
        List<String> problems = new ArrayList<>();
        List<Object[]> rates = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(csv)) {
            for (String column : List.of("currency", "valid_from", "rate")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CommerceException("commerce.error.rates-csv-header", column);
                }
            }
            for (CSVRecord record : parser) {
                if (rates.size() + problems.size() >= MAX_IMPORTED_RATES) {
                    throw new CommerceException("commerce.error.rates-csv-too-long", MAX_IMPORTED_RATES);
                }
                readRate(record, rates, problems);
            }
        } catch (IOException | UncheckedIOException unreadable) {
            throw new CommerceException("commerce.error.rates-csv-unreadable", unreadable.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new CommerceException("commerce.error.rates-csv", String.join("; ", problems));
        }
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        for (Object[] rate : rates) {
            write((String) rate[0], (LocalDate) rate[1], (BigDecimal) rate[2], by);
            currencies.add((String) rate[0]);
        }
        for (String currency : currencies) {
            amounts.convertCurrency(currency);
            figures.refreshCurrency(currency);
        }
        return rates.size();
    }

    private void readRate(CSVRecord record, List<Object[]> rates, List<String> problems) {
        long row = record.getRecordNumber() + 1;
        int before = problems.size();
        String currency = null;
        LocalDate validFrom = null;
        BigDecimal rate = null;
        String currencyText = value(record, "currency");
        try {
            currency = rateCurrency(currencyText);
        } catch (CommerceException wrong) {
            problems.add("row " + row + ", currency: '" + currencyText + "' is not a currency other than the "
                    + "reporting currency");
        }
        String dateText = value(record, "valid_from");
        try {
            validFrom = LocalDate.parse(dateText);
        } catch (DateTimeParseException wrong) {
            problems.add("row " + row + ", valid_from: '" + dateText + "' is not a date such as 2026-01-31");
        }
        String rateText = value(record, "rate");
        try {
            rate = new BigDecimal(rateText);
            if (rate.signum() <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException wrong) {
            problems.add("row " + row + ", rate: '" + rateText + "' is not a positive number");
        }
        if (problems.size() == before) {
            rates.add(new Object[] {currency, validFrom, rate});
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).strip()
                : "";
    }

    private boolean write(String currency, LocalDate validFrom, BigDecimal rate, String by) {
        String reporting = reportingCurrency();
        int changed = jdbc.sql("""
                        UPDATE exchange_rate SET rate = ?, changed_at = ?, changed_by = ?
                        WHERE reporting_currency = ? AND currency = ? AND valid_from = ?""")
                .params(rate, UtcColumns.toColumn(clock.instant()), by, reporting, currency, validFrom)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO exchange_rate (reporting_currency, currency, valid_from, rate, changed_at, changed_by)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(reporting, currency, validFrom, rate, UtcColumns.toColumn(clock.instant()), by)
                    .update();
        }
        return changed == 0;
    }

    private String rateCurrency(String code) {
        String currency = currency(code);
        if (currency.equals(reportingCurrency())) {
            throw new CommerceException("commerce.error.rate-reporting-currency", currency);
        }
        return currency;
    }

    private static void checkRate(BigDecimal rate, String currency) {
        if (rate == null || rate.signum() <= 0 || rate.precision() - rate.scale() > 14 || rate.scale() > 10) {
            throw new CommerceException(
                    "commerce.error.rate-invalid", currency, rate == null ? "" : rate.toPlainString());
        }
    }

    static String currency(String code) {
        if (code == null || code.isBlank()) {
            throw new CommerceException("commerce.error.currency-invalid", String.valueOf(code));
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new CommerceException("commerce.error.currency-invalid", code);
        }
    }
}
