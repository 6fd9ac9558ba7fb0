package app.cairn.messaging.internal.templates;

import app.cairn.commerce.ProductLine;
import app.cairn.commerce.ProductSuggestions;
import app.cairn.customer.CustomerContact;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The values a template is filled with for one customer. Product blocks are looked up only when the template
 * names them, and are empty lists (never missing) when there is nothing to show.
 *
 * <ul>
 *   <li>{@code first_name}, {@code last_name}, {@code full_name}, {@code email}, {@code city}, {@code country}
 *   <li>{@code order_items}, {@code cart_items}, {@code recommended}: lists of products with {@code name},
 *       {@code sku}, {@code quantity}, {@code price} (formatted with its currency)
 *   <li>{@code unsubscribe_url}, {@code preferences_url}
 * </ul>
 */
@Component
public class MergeValues {

    public static final String ORDER_ITEMS = "order_items";
    public static final String CART_ITEMS = "cart_items";
    public static final String RECOMMENDED = "recommended";
    public static final String UNSUBSCRIBE_URL = "unsubscribe_url";
    public static final String PREFERENCES_URL = "preferences_url";
    private static final int RECOMMENDATIONS = 4;

    private final ProductSuggestions products;

    public MergeValues(ProductSuggestions products) {
        this.products = products;
    }

    /** The values for this customer and template body, with the message's own unsubscribe and preference addresses. */
    public Map<String, Object> of(CustomerContact customer, String body, String unsubscribeUrl, String preferencesUrl) {
        Map<String, Object> values = new HashMap<>();
        values.put("first_name", customer.firstName());
        values.put("last_name", customer.lastName());
        String full = ((customer.firstName() == null ? "" : customer.firstName()) + " "
                        + (customer.lastName() == null ? "" : customer.lastName()))
                .strip();
        values.put("full_name", full.isEmpty() ? null : full);
        values.put("email", customer.email());
        values.put("city", customer.city());
        values.put("country", customer.country());
        Locale locale = customer.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(customer.language());
        if (body.contains(ORDER_ITEMS)) {
            values.put(ORDER_ITEMS, lines(products.lastOrderItems(customer.id()), locale));
        }
        if (body.contains(CART_ITEMS)) {
            values.put(CART_ITEMS, lines(products.cartItems(customer.id()), locale));
        }
        if (body.contains(RECOMMENDED)) {
            values.put(RECOMMENDED, lines(products.popularFor(customer.id(), RECOMMENDATIONS), locale));
        }
        values.put(UNSUBSCRIBE_URL, unsubscribeUrl);
        values.put(PREFERENCES_URL, preferencesUrl);
        return values;
    }

    private static List<Map<String, Object>> lines(List<ProductLine> lines, Locale locale) {
        return lines.stream().map(line -> line(line, locale)).toList();
    }

    private static Map<String, Object> line(ProductLine line, Locale locale) {
        Map<String, Object> values = new HashMap<>();
        values.put("sku", line.sku());
        values.put("name", line.name());
        values.put("quantity", line.quantity());
        values.put("price", price(line, locale));
        return values;
    }

    private static String price(ProductLine line, Locale locale) {
        if (line.price() == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (line.currency() != null) {
            try {
                format.setCurrency(Currency.getInstance(line.currency()));
            } catch (IllegalArgumentException unknownCode) {
                return line.price().toPlainString() + " " + line.currency();
            }
        }
        return format.format(line.price());
    }
}
