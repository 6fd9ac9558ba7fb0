package app.cairn.demo;

import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.commerce.CurrencyManagement;
import app.cairn.commerce.EventData;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.ProductData;
import app.cairn.customer.BlankPolicy;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerBulkWriter;
import app.cairn.customer.CustomerRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a shop's history through the bulk paths of the customer and commerce modules: a catalogue, customers
 * who signed up over the last two years (a few of whom registered twice, as real customers do), their orders drawn
 * from {@link PurchaseProcess}, the browsing before each order, and abandoned carts. Customers are written in
 * chunks of {@value #CHUNK}, each chunk with its orders and events in one transaction, so a million customers
 * take minutes and memory holds one chunk. The same seed gives the same data.
 */
@Service
public class DemoDataGenerator {

    static final int CHUNK = 1_000;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final Duration HISTORY = Duration.ofDays(730);
    private static final double REREGISTRATION_RATE = 0.01;

    private final CustomerBulkWriter customers;
    private final CommerceBulkWriter commerce;
    private final CurrencyManagement currencies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataGenerator(
            CustomerBulkWriter customers,
            CommerceBulkWriter commerce,
            CurrencyManagement currencies,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.currencies = currencies;
        this.customers = customers;
        this.commerce = commerce;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Generates {@code count} people with their history.
     *
     * @param progress told how many people are done after each chunk
     * @return what was generated
     */
    public DemoDataSummary generate(int count, long seed, PurchaseProcess process, IntConsumer progress) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<ProductData> catalogue = Catalogue.products(60, random);
        commerce.upsertProducts(catalogue);
        Instant now = clock.instant();
        exampleRates(now);
        Totals totals = new Totals();
        for (int from = 1; from <= count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK - 1);
            int first = from;
            transaction.executeWithoutResult(status -> chunk(first, to, now, process, catalogue, random, totals));
            progress.accept(to);
        }
        return new DemoDataSummary(
                catalogue.size(), totals.customers, totals.reregistrations, totals.orders, totals.events);
    }

    /**
     * Exchange rates for the demo's currencies that the shop has none for yet, valid from before the first demo
     * order: the price factors the demo's prices were made with, entered as "demo data (example rates)" so that an
     * admin sees where they came from and can replace them.
     */
    private void exampleRates(Instant now) {
        String reporting = currencies.reportingCurrency();
        java.util.Map<String, Double> factors = People.priceFactors();
        if (!factors.containsKey(reporting)) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        currencies.rates().forEach(rate -> known.add(rate.currency()));
        java.time.LocalDate from = now.minus(HISTORY)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .minusDays(1);
        factors.forEach((currency, factor) -> {
            if (!currency.equals(reporting) && !known.contains(currency)) {
                currencies.saveRate(
                        currency,
                        from,
                        BigDecimal.valueOf(factors.get(reporting) / factor).setScale(6, RoundingMode.HALF_UP),
                        "demo data (example rates)");
            }
        });
    }

    private static final class Totals {
        int customers;
        int reregistrations;
        long orders;
        long events;
    }

    /** One account as generated: who, since when, and the history drawn for it. */
    private record Account(People.Person person, CustomerRecord record) {}

    private void chunk(
            int from,
            int to,
            Instant now,
            PurchaseProcess process,
            List<ProductData> catalogue,
            RandomDataGenerator random,
            Totals totals) {
        List<Account> accounts = new ArrayList<>();
        for (int sequence = from; sequence <= to; sequence++) {
            People.Person person = People.person(sequence, random);
            Instant signup = signup(now, random);
            accounts.add(new Account(person, record(person, signup, random)));
            if (random.nextDouble() < REREGISTRATION_RATE) {
                People.Person again = People.reregistration(person, sequence, random);
                Instant later = signup.plusSeconds((long)
                        (random.nextDouble() * Duration.between(signup, now).toSeconds()));
                accounts.add(new Account(again, record(again, later, random)));
                totals.reregistrations++;
            }
        }
        List<Long> ids = customers
                .write(accounts.stream().map(Account::record).toList(), BlankPolicy.KEEP, "demo", "signup-form")
                .ids();
        List<OrderData> orders = new ArrayList<>();
        List<EventData> events = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            history(
                    ids.get(i),
                    account.person(),
                    account.record().signupAt(),
                    now,
                    process,
                    catalogue,
                    random,
                    orders,
                    events);
        }
        commerce.recordOrders(orders);
        commerce.recordEvents(events);
        totals.customers += accounts.size();
        totals.orders += orders.size();
        totals.events += events.size();
    }

    /**
     * {@code years} after {@code from}, but no later than {@code limit}: a rate drawn near zero gives waits of
     * millions of years, beyond what an {@link Instant} holds.
     */
    private static Instant later(Instant from, double years, Instant limit) {
        double seconds = years * DAYS_PER_YEAR * 86_400;
        return seconds >= Duration.between(from, limit).toSeconds() ? limit : from.plusSeconds((long) seconds);
    }

    private static Instant signup(Instant now, RandomDataGenerator random) {
        return now.minus(HISTORY).plusSeconds((long) (random.nextDouble() * HISTORY.toSeconds()));
    }

    private static CustomerRecord record(People.Person person, Instant signup, RandomDataGenerator random) {
        Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
        if (random.nextDouble() < 0.7) {
            consents.put(ConsentChannel.EMAIL, true);
        }
        if (random.nextDouble() < 0.3) {
            consents.put(ConsentChannel.SMS, true);
        }
        return new CustomerRecord(null, person.details(), signup, "demo", Set.of(), Map.of(), consents);
    }

    private void history(
            long customer,
            People.Person person,
            Instant signup,
            Instant now,
            PurchaseProcess process,
            List<ProductData> catalogue,
            RandomDataGenerator random,
            List<OrderData> orders,
            List<EventData> events) {
        double lambda = random.nextGamma(process.r(), process.alphaScale());
        double mu = random.nextGamma(process.s(), process.betaScale());
        double nu = random.nextGamma(process.q(), 1 / process.gamma());
        Instant end = later(signup, random.nextExponential(1 / mu), now);
        Instant at = signup;
        while (true) {
            at = later(at, random.nextExponential(1 / lambda), end);
            if (!at.isBefore(end)) {
                break;
            }
            double value = random.nextGamma(process.p(), 1 / nu);
            orders.add(order(customer, person, at, now, value, catalogue, random, events));
        }
        // visits that end without an order: one in two customers at signup, then about one a year while active
        int abandoned = random.nextPoisson(0.5 + Duration.between(signup, end).toDays() / DAYS_PER_YEAR);
        for (int i = 0; i < abandoned; i++) {
            Instant when = signup.plusSeconds((long) (random.nextDouble()
                    * Math.max(1, Duration.between(signup, end).toSeconds())));
            abandonedCart(customer, when, catalogue, random, events);
        }
    }

    private static OrderData order(
            long customer,
            People.Person person,
            Instant at,
            Instant now,
            double value,
            List<ProductData> catalogue,
            RandomDataGenerator random,
            List<EventData> events) {
        List<OrderLineData> lines = new ArrayList<>();
        double total = 0;
        while (lines.size() < 5 && (lines.isEmpty() || total < value * 0.9)) {
            ProductData product = popular(catalogue, random);
            int quantity = random.nextInt(1, 3);
            BigDecimal price = product.price()
                    .multiply(BigDecimal.valueOf(person.priceFactor()))
                    .setScale(person.currency().equals("JPY") ? 0 : 2, RoundingMode.HALF_UP);
            lines.add(new OrderLineData(product.sku(), product.name(), quantity, price));
            total += product.price().doubleValue() * quantity;
            if (lines.size() == 1) {
                // the product page the visit began with; the rest went into the cart from lists
                events.add(
                        new EventData(customer, EventType.PRODUCT_VIEWED, product.sku(), at.minusSeconds(900), null));
            }
            events.add(new EventData(
                    customer, EventType.ADDED_TO_CART, product.sku(), at.minusSeconds(300 + 30L * lines.size()), null));
        }
        events.add(new EventData(customer, EventType.CHECKOUT_STARTED, null, at.minusSeconds(120), null));
        String number = "D" + customer + "-" + at.getEpochSecond();
        events.add(new EventData(customer, EventType.ORDER_PLACED, null, at, "{\"order\":\"" + number + "\"}"));
        return new OrderData(number, customer, at, status(at, now, random), person.currency(), lines);
    }

    private static void abandonedCart(
            long customer,
            Instant at,
            List<ProductData> catalogue,
            RandomDataGenerator random,
            List<EventData> events) {
        ProductData product = popular(catalogue, random);
        events.add(new EventData(customer, EventType.PRODUCT_VIEWED, product.sku(), at, null));
        if (random.nextDouble() < 0.5) {
            return;
        }
        events.add(new EventData(customer, EventType.ADDED_TO_CART, product.sku(), at.plusSeconds(45), null));
        if (random.nextDouble() < 0.6) {
            return;
        }
        events.add(new EventData(customer, EventType.CHECKOUT_STARTED, null, at.plusSeconds(180), null));
    }

    /** Popular products sell more: ranks follow a Zipf law. */
    private static ProductData popular(List<ProductData> catalogue, RandomDataGenerator random) {
        return catalogue.get(random.nextZipf(catalogue.size(), 1.1) - 1);
    }

    private static OrderStatus status(Instant at, Instant now, RandomDataGenerator random) {
        double roll = random.nextDouble();
        if (roll < 0.03) {
            return OrderStatus.CANCELLED;
        }
        if (roll < 0.05) {
            return OrderStatus.RETURNED;
        }
        long days = Duration.between(at, now).toDays();
        return days < 2 ? OrderStatus.PAID : days < 5 ? OrderStatus.SHIPPED : OrderStatus.DELIVERED;
    }
}
