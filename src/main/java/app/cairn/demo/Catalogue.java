package app.cairn.demo;

import app.cairn.commerce.ProductData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/** A home-and-gift shop's catalogue: products built from category word lists, with prices and descriptions. */
final class Catalogue {

    private record Category(String name, String[] items, String[] materials, double basePrice) {}

    private static final Category[] CATEGORIES = {
        new Category(
                "Kitchen",
                new String[] {"Teapot", "Mug", "Chopping board", "Espresso cups", "Mixing bowl", "Spice rack"},
                new String[] {"stoneware", "enamel", "oak", "porcelain", "bamboo"},
                18),
        new Category(
                "Home",
                new String[] {"Vase", "Cushion", "Throw blanket", "Candle holder", "Wall clock", "Mirror"},
                new String[] {"linen", "glass", "wool", "brass", "ceramic"},
                32),
        new Category(
                "Garden",
                new String[] {"Planter", "Watering can", "Bird feeder", "Lantern", "Seed tin"},
                new String[] {"galvanised steel", "terracotta", "cedar", "copper"},
                24),
        new Category(
                "Stationery",
                new String[] {"Notebook", "Fountain pen", "Desk organiser", "Greeting cards", "Planner"},
                new String[] {"recycled paper", "leather", "walnut", "cotton"},
                12),
        new Category(
                "Toys",
                new String[] {"Puzzle", "Wooden train", "Plush bear", "Building blocks", "Kite"},
                new String[] {"beech", "organic cotton", "maple", "felt"},
                22),
        new Category(
                "Fashion",
                new String[] {"Scarf", "Tote bag", "Beanie", "Umbrella", "Wallet"},
                new String[] {"merino", "canvas", "silk", "waxed cotton", "leather"},
                28),
    };

    private static final String[] STYLES = {
        "Nordic", "Retro", "Classic", "Hand-made", "Botanical", "Minimal", "Heritage"
    };
    private static final String[] PROMISES = {
        "made to last for years",
        "a favourite gift",
        "made by a small family workshop",
        "easy to care for",
        "designed in our studio",
        "packed plastic-free"
    };

    private Catalogue() {}

    /** {@code size} distinct products, the same for the same random stream. */
    static List<ProductData> products(int size, RandomDataGenerator random) {
        List<ProductData> products = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Category category = CATEGORIES[i % CATEGORIES.length];
            String item = category.items()[random.nextInt(0, category.items().length - 1)];
            String material = category.materials()[random.nextInt(0, category.materials().length - 1)];
            String style = STYLES[random.nextInt(0, STYLES.length - 1)];
            String name = style + " " + material + " " + item.toLowerCase(java.util.Locale.ROOT);
            BigDecimal price = BigDecimal.valueOf(category.basePrice() * random.nextLogNormal(0.45, 0))
                    .setScale(0, RoundingMode.HALF_UP)
                    .subtract(new BigDecimal("0.01"))
                    .max(new BigDecimal("2.99"));
            String description =
                    "A " + style.toLowerCase(java.util.Locale.ROOT) + " " + item.toLowerCase(java.util.Locale.ROOT)
                            + " in " + material + ", " + PROMISES[random.nextInt(0, PROMISES.length - 1)] + ".";
            products.add(new ProductData(
                    String.format(
                            "DEMO-%s-%04d", category.name().substring(0, 3).toUpperCase(java.util.Locale.ROOT), i + 1),
                    name,
                    category.name(),
                    price,
                    "EUR",
                    description));
        }
        return products;
    }
}
