package app.cairn.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Amounts are never added across currencies: orders are converted into the reporting currency with dated rates. */
@CairnTest
class CurrencyManagementTest {

    @Autowired
    CurrencyManagement currencies;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    CustomerManagement customers;

    @AfterEach
    void backToEurosWithoutTheTestsRates() {
        currencies.setReportingCurrency("EUR", "test");
        currencies.rates().stream()
                .filter(rate -> List.of("NOK", "SEK").contains(rate.currency()))
                .forEach(rate -> currencies.deleteRate(rate.currency(), rate.validFrom()));
    }

    @Test
    void anOrderInAnotherCurrencyCountsInTheSpendOnlyOnceItHasARateAndWithTheRateOfItsDay() {
        long customer = CustomerFixtures.berliner(customers, null);
        order(customer, "2026-02-15T10:00:00Z", "NOK", "100.00");
        order(customer, "2026-03-10T10:00:00Z", "NOK", "200.00");
        order(customer, "2026-03-11T10:00:00Z", "EUR", "5.00");

        PurchaseFigures before = commerce.figures(customer);
        assertThat(before.totalSpend())
                .as("the krone orders are not added to the euros")
                .isEqualByComparingTo("5.00");
        assertThat(before.unconverted()).isEqualTo(2);
        assertThat(before.currency()).isEqualTo("EUR");

        assertThat(currencies.saveRate("nok", LocalDate.parse("2026-01-01"), new BigDecimal("0.085"), "test"))
                .isTrue();
        assertThat(currencies.saveRate("NOK", LocalDate.parse("2026-03-01"), new BigDecimal("0.09"), "test"))
                .isTrue();

        PurchaseFigures after = commerce.figures(customer);
        assertThat(after.unconverted()).isZero();
        assertThat(after.totalSpend())
                .as("100 NOK at 0.085 (February) + 200 NOK at 0.09 (March) + 5 EUR")
                .isEqualByComparingTo("31.50");
        assertThat(after.averageOrderValue()).isEqualByComparingTo("10.50");

        currencies.saveRate("NOK", LocalDate.parse("2026-03-01"), new BigDecimal("0.1"), "test");
        assertThat(commerce.figures(customer).totalSpend())
                .as("a changed rate converts the currency's orders again")
                .isEqualByComparingTo("33.50");
    }

    @Test
    void anOrderOlderThanEveryRateTakesTheOldestAndOneWithoutAnyStaysOutOfTheSpend() {
        long customer = CustomerFixtures.berliner(customers, null);
        currencies.saveRate("SEK", LocalDate.parse("2026-01-01"), new BigDecimal("0.08"), "test");
        order(customer, "2020-05-01T10:00:00Z", "SEK", "100.00");
        order(customer, "2026-02-01T10:00:00Z", "ISK", "1000");

        PurchaseFigures figures = commerce.figures(customer);

        assertThat(figures.totalSpend()).isEqualByComparingTo("8.00");
        assertThat(figures.unconverted()).isEqualTo(1);
    }

    @Test
    void changingTheReportingCurrencyConvertsEveryOrderAgainWithItsOwnRates() {
        long customer = CustomerFixtures.berliner(customers, null);
        order(customer, "2026-02-15T10:00:00Z", "NOK", "100.00");
        order(customer, "2026-02-16T10:00:00Z", "EUR", "10.00");

        currencies.setReportingCurrency("NOK", "test");
        PurchaseFigures inKroner = commerce.figures(customer);
        currencies.saveRate("EUR", LocalDate.parse("2026-01-01"), new BigDecimal("11.5"), "test");
        PurchaseFigures withRate = commerce.figures(customer);

        assertThat(inKroner.currency()).isEqualTo("NOK");
        assertThat(inKroner.totalSpend()).isEqualByComparingTo("100.00");
        assertThat(inKroner.unconverted()).isEqualTo(1);
        assertThat(withRate.totalSpend()).isEqualByComparingTo("215.00");
        assertThat(withRate.unconverted()).isZero();
        currencies.deleteRate("EUR", LocalDate.parse("2026-01-01"));
    }

    @Test
    void aRatesFileWithProblemsNamesEveryRowColumnAndValueAndWritesNothing() {
        String csv = """
                currency,valid_from,rate
                NOK,2026-01-01,0.085
                XYZ,2026-01-01,1
                SEK,1st of May,0.08
                SEK,2026-05-01,-2
                EUR,2026-05-01,1
                """;

        assertThatThrownBy(() -> currencies.importRates(new StringReader(csv), "test"))
                .isInstanceOfSatisfying(CommerceException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("commerce.error.rates-csv");
                    assertThat(String.valueOf(refused.arguments()[0]))
                            .contains("row 3, currency: 'XYZ'")
                            .contains("row 4, valid_from: '1st of May'")
                            .contains("row 5, rate: '-2'")
                            .contains("row 6, currency: 'EUR'")
                            .doesNotContain("row 2");
                });
        assertThat(currencies.rates()).noneMatch(rate -> rate.currency().equals("NOK"));

        int read = currencies.importRates(new StringReader("currency,valid_from,rate\nNOK,2026-01-01,0.085\n"), "test");
        assertThat(read).isOne();
        assertThat(currencies.rates())
                .anySatisfy(rate -> assertThat(rate.rate()).isEqualByComparingTo("0.085"));
    }

    @Test
    void aRateIsRefusedForAnUnknownCurrencyTheReportingCurrencyOrANonPositiveValue() {
        LocalDate day = LocalDate.parse("2026-01-01");
        assertThatThrownBy(() -> currencies.saveRate("Krone", day, BigDecimal.ONE, "test"))
                .hasMessageContaining("commerce.error.currency-invalid");
        assertThatThrownBy(() -> currencies.saveRate("EUR", day, BigDecimal.ONE, "test"))
                .hasMessageContaining("commerce.error.rate-reporting-currency");
        assertThatThrownBy(() -> currencies.saveRate("NOK", day, BigDecimal.ZERO, "test"))
                .hasMessageContaining("commerce.error.rate-invalid");
    }

    private void order(long customer, String placedAt, String currency, String amount) {
        commerce.recordOrder(new OrderData(
                "CUR-" + UUID.randomUUID(),
                customer,
                Instant.parse(placedAt),
                OrderStatus.PAID,
                currency,
                List.of(new OrderLineData("CUR-SKU", "Thing", 1, new BigDecimal(amount)))));
    }
}
