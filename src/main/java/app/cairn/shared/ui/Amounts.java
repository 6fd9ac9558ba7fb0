package app.cairn.shared.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Amounts of money as a staff member reads them: with their currency's symbol and digits, in their locale. */
public final class Amounts {

    private Amounts() {}

    /** {@code 1234.5} in EUR for English: €1,234.50; in JPY for Chinese: JP¥1,235. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    /** A figure rounded to whole units of the currency, with its symbol: "€1,235". */
    public static String whole(double amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** Amounts in several currencies, each with its own symbol and never added: "€59.90 + £12.00"; "–" for none. */
    public static String format(Map<String, BigDecimal> amounts, Locale locale) {
        if (amounts.isEmpty()) {
            return "–";
        }
        return amounts.entrySet().stream()
                .map(amount -> format(amount.getValue(), amount.getKey(), locale))
                .collect(Collectors.joining(" + "));
    }
}
