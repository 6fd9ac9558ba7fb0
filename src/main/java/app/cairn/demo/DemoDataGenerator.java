package app.cairn.demo;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.ProductData;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.springframework.stereotype.Service;

/**
 * Generates a shop's history through the module APIs: a catalogue, customers who signed up over the last two years,
 * their orders drawn from {@link PurchaseProcess}, the browsing before each order, and abandoned carts. The same
 * seed gives the same data.
 */
@Service
public class DemoDataGenerator {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final Duration HISTORY = Duration.ofDays(730);

    private final CustomerManagement customers;
    private final CommerceManagement commerce;
    private final Clock clock;

    DemoDataGenerator(CustomerManagement customers, CommerceManagement commerce, Clock clock) {
        this.customers = customers;
        this.commerce = commerce;
        this.clock = clock;
    }

    /**
     * Generates {@code count} customers with their history.
     *
     * @param progress told how many customers are done after each one
     * @return what was generated
     */
    public DemoDataSummary generate(int count, long seed, PurchaseProcess process, IntConsumer progress) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<ProductData> catalogue = Catalogue.products(60, random);
        catalogue.forEach(commerce::upsertProduct);
        Instant now = clock.instant();
        long orders = 0;
        long events = 0;
        for (int i = 1; i <= count; i++) {
            People.Person person = People.person(i, random);
            Instant signup = now.minus(HISTORY).plusSeconds((long) (random.nextDouble() * HISTORY.toSeconds()));
            long id = customers.create(person.details(), signup, "demo");
            consent(id, random);
            CustomerHistory history = history(id, person, signup, now, process, catalogue, random);
            orders += history.orders();
            events += history.events();
            progress.accept(i);
        }
        return new DemoDataSummary(catalogue.size(), count, orders, events);
    }

    private void consent(long customer, RandomDataGenerator random) {
        if (random.nextDouble() < 0.7) {
            customers.setConsent(customer, ConsentChannel.EMAIL, true, "signup-form", LegalBasis.CONSENT, null);
        }
        if (random.nextDouble() < 0.3) {
            customers.setConsent(customer, ConsentChannel.SMS, true, "checkout", LegalBasis.CONSENT, null);
        }
    }

    private record CustomerHistory(long orders, long events) {}

    private CustomerHistory history(
            long customer,
            People.Person person,
            Instant signup,
            Instant now,
            PurchaseProcess process,
            List<ProductData> catalogue,
            RandomDataGenerator random) {
        double lambda = random.nextGamma(process.r(), process.alphaScale());
        double mu = random.nextGamma(process.s(), process.betaScale());
        double nu = random.nextGamma(process.q(), 1 / process.gamma());
        Instant death = signup.plusSeconds((long) (random.nextExponential(1 / mu) * DAYS_PER_YEAR * 86_400));
        Instant end = death.isBefore(now) ? death : now;
        long orders = 0;
        long events = 0;
        Instant at = signup;
        while (true) {
            at = at.plusSeconds((long) (random.nextExponential(1 / lambda) * DAYS_PER_YEAR * 86_400));
            if (!at.isBefore(end)) {
                break;
            }
            double value = random.nextGamma(process.p(), 1 / nu);
            events += order(customer, person, at, now, value, catalogue, random);
            orders++;
        }
        int abandoned = random.nextPoisson(1 + 2 * Duration.between(signup, end).toDays() / DAYS_PER_YEAR);
        for (int i = 0; i < abandoned; i++) {
            Instant when = signup.plusSeconds((long) (random.nextDouble()
                    * Math.max(1, Duration.between(signup, end).toSeconds())));
            events += abandonedCart(customer, when, catalogue, random);
        }
        return new CustomerHistory(orders, events);
    }

    private int order(
            long customer,
            People.Person person,
            Instant at,
            Instant now,
            double value,
            List<ProductData> catalogue,
            RandomDataGenerator random) {
        List<OrderLineData> lines = new ArrayList<>();
        double total = 0;
        int events = 0;
        while (lines.size() < 5 && (lines.isEmpty() || total < value * 0.9)) {
            ProductData product = popular(catalogue, random);
            int quantity = random.nextInt(1, 3);
            BigDecimal price = product.price()
                    .multiply(BigDecimal.valueOf(person.priceFactor()))
                    .setScale(person.currency().equals("JPY") ? 0 : 2, RoundingMode.HALF_UP);
            lines.add(new OrderLineData(product.sku(), product.name(), quantity, price));
            total += product.price().doubleValue() * quantity;
            commerce.recordEvent(
                    customer, EventType.PRODUCT_VIEWED, product.sku(), at.minusSeconds(600 + 60L * lines.size()), null);
            commerce.recordEvent(
                    customer, EventType.ADDED_TO_CART, product.sku(), at.minusSeconds(300 + 30L * lines.size()), null);
            events += 2;
        }
        commerce.recordEvent(customer, EventType.CHECKOUT_STARTED, null, at.minusSeconds(120), null);
        String number = "D" + customer + "-" + at.getEpochSecond();
        commerce.recordOrder(new OrderData(number, customer, at, status(at, now, random), person.currency(), lines));
        commerce.recordEvent(customer, EventType.ORDER_PLACED, null, at, "{\"order\":\"" + number + "\"}");
        return events + 2;
    }

    private int abandonedCart(long customer, Instant at, List<ProductData> catalogue, RandomDataGenerator random) {
        ProductData product = popular(catalogue, random);
        commerce.recordEvent(customer, EventType.PRODUCT_VIEWED, product.sku(), at, null);
        if (random.nextDouble() < 0.5) {
            return 1;
        }
        commerce.recordEvent(customer, EventType.ADDED_TO_CART, product.sku(), at.plusSeconds(45), null);
        if (random.nextDouble() < 0.6) {
            return 2;
        }
        commerce.recordEvent(customer, EventType.CHECKOUT_STARTED, null, at.plusSeconds(180), null);
        return 3;
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
