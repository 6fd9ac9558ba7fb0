package app.cairn.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.OrderView;
import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class OrderImportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ImportService imports;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    app.cairn.commerce.CurrencyManagement currencies;

    @Test
    void linesBecomeOrdersOfNewCustomersAndCancellationsLowerTheSpend() throws Exception {
        String customer = "K" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        String n = customer + "-";
        String csv = """
                Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
                %1$s1,MUG,RETRO SPOT MUG,6,2010-12-01 08:26:00,2.95,%2$s,France
                %1$s1,LAMP,DESK LAMP,1,2010-12-01 08:26:00,20.00,%2$s,France
                C%1$s2,MUG,RETRO SPOT MUG,-2,2010-12-02 09:00:00,2.95,%2$s,France
                """.formatted(n, customer);

        ImportRun run = importOrders(csv);
        ImportRun again = importOrders(csv);

        assertThat(run.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.newCustomers()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.newCustomers()).isZero();
        long id =
                customers
                        .page(new CustomerFilter(null, "FR", null, null, null, null), 0, 1000, "signupAt", true)
                        .stream()
                        .filter(c -> customers
                                .find(c.id())
                                .orElseThrow()
                                .externalId()
                                .equals(customer))
                        .findFirst()
                        .orElseThrow()
                        .id();
        List<OrderView> orders = commerce.orders(id, 0, 10);
        assertThat(orders).extracting(OrderView::status).containsExactly(OrderStatus.CANCELLED, OrderStatus.PLACED);
        assertThat(orders.getLast().lines()).hasSize(2);
        assertThat(orders.getLast().placedAt()).hasToString("2010-12-01T08:26:00Z");
        var figures = commerce.figures(id);
        assertThat(figures.orders()).isEqualTo(1);
        assertThat(figures.totalSpend()).as("pounds are not added as euros").isEqualByComparingTo("0.00");
        assertThat(figures.unconverted()).as("the order and its credit note").isEqualTo(2);
        try {
            currencies.saveRate(
                    "GBP", java.time.LocalDate.parse("2010-01-01"), new java.math.BigDecimal("1.17"), "test");
            assertThat(commerce.figures(id).totalSpend())
                    .as("37.70 GBP and -5.90 GBP, each at 1.17")
                    .isEqualByComparingTo("37.21");
        } finally {
            currencies.deleteRate("GBP", java.time.LocalDate.parse("2010-01-01"));
        }
    }

    @Test
    void linesOfOneOrderMustBeTogetherAndOutliersAreFlagged() throws Exception {
        String n = "S" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-";
        String csv = """
                Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID
                %1$s1,MUG,1,2010-12-01 08:26:00,2.95,%1$sc
                %1$s2,MUG,-3,2010-12-01 08:26:00,99999,%1$sc
                %1$s1,LAMP,1,2010-12-01 08:26:00,2.95,%1$sc
                """.formatted(n);

        ImportRun run = ImportFixtures.run(
                imports,
                ImportKind.ORDERS,
                ImportFixtures.file(csv, StandardCharsets.UTF_8),
                s -> withCurrency(s).withErrorPolicy(ErrorPolicy.SKIP_ROWS),
                false);

        assertThat(run.created()).isEqualTo(2);
        assertThat(run.rowsFailed()).isEqualTo(1);
        assertThat(imports.problems(run.id(), 0, 10))
                .extracting(ReportLine::message)
                .anySatisfy(m -> assertThat(m).contains("a return?"))
                .anySatisfy(m -> assertThat(m).contains("Outlier: the price is above 10,000"))
                .anySatisfy(m -> assertThat(m).contains("appeared earlier in the file"));
    }

    @Test
    void aUnitPriceWithMoreDecimalsThanItsCurrencyHasIsRefusedNotRounded() throws Exception {
        String n = "P" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-";
        String csv = """
                Invoice,StockCode,Quantity,InvoiceDate,Price,Currency,Customer ID
                %1$s1,MUG,3,2010-12-01 08:26:00,0.33333,GBP,%1$sc
                %1$s2,MUG,2,2010-12-01 08:26:00,1500,JPY,%1$sc
                %1$s3,MUG,1,2010-12-01 08:26:00,12.5,JPY,%1$sc
                %1$s4,MUG,1,2010-12-01 08:26:00,2.50,GBP,%1$sc
                """.formatted(n);

        ImportRun run = ImportFixtures.run(
                imports,
                ImportKind.ORDERS,
                ImportFixtures.file(csv, StandardCharsets.UTF_8),
                s -> withCurrency(s).withErrorPolicy(ErrorPolicy.SKIP_ROWS),
                false);

        assertThat(run.created()).as(run.message()).isEqualTo(2);
        assertThat(run.rowsFailed()).isEqualTo(2);
        assertThat(imports.problems(run.id(), 0, 10))
                .extracting(ReportLine::row, ReportLine::column, ReportLine::value, ReportLine::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                2L,
                                "Price",
                                "0.33333",
                                "A unit price in GBP has at most 2 decimals: rounding it would store a price and a"
                                        + " total that disagree."),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                "Price",
                                "12.5",
                                "A unit price in JPY has at most 0 decimals: rounding it would store a price and a"
                                        + " total that disagree."));
    }

    private ImportRun importOrders(String csv) throws Exception {
        return ImportFixtures.run(
                imports,
                ImportKind.ORDERS,
                ImportFixtures.file(csv, StandardCharsets.UTF_8),
                s -> withCurrency(s),
                false);
    }

    private static ImportSettings withCurrency(ImportSettings s) {
        return s.withOrderDefaults("UTC", "GBP", "C");
    }
}
