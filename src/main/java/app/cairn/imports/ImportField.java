package app.cairn.imports;

import java.util.Locale;
import java.util.Set;

/**
 * A field a CSV column can be mapped to, with the header names that suggest it. {@link #ATTRIBUTE} may be
 * mapped from many columns: each becomes a custom attribute named after its header.
 */
public enum ImportField {
    EMAIL(ImportKind.CUSTOMERS, "email", "e-mail", "email address", "e-mail address", "mail"),
    EXTERNAL_ID(ImportKind.CUSTOMERS, "customer id", "customer number", "customer no", "customer_id", "id"),
    FIRST_NAME(ImportKind.CUSTOMERS, "first name", "firstname", "given name", "first_name", "forename"),
    LAST_NAME(ImportKind.CUSTOMERS, "last name", "lastname", "surname", "family name", "last_name"),
    PHONE(ImportKind.CUSTOMERS, "phone", "phone number", "mobile", "telephone", "tel"),
    COUNTRY(ImportKind.CUSTOMERS, "country", "country code"),
    CITY(ImportKind.CUSTOMERS, "city", "town"),
    TIME_ZONE(ImportKind.CUSTOMERS, "time zone", "timezone", "time_zone", "tz"),
    LANGUAGE(ImportKind.CUSTOMERS, "language", "locale", "lang"),
    BIRTHDAY(ImportKind.CUSTOMERS, "birthday", "birth date", "date of birth", "dob", "birthdate"),
    SIGNUP_AT(ImportKind.CUSTOMERS, "signup date", "signed up", "signup_at", "created", "created at", "registered"),
    SOURCE(ImportKind.CUSTOMERS, "source", "channel", "acquisition source"),
    TAGS(ImportKind.CUSTOMERS, "tags", "tag", "labels"),
    CONSENT_EMAIL(ImportKind.CUSTOMERS, "email consent", "email opt in", "newsletter", "accepts marketing"),
    CONSENT_SMS(ImportKind.CUSTOMERS, "sms consent", "sms opt in", "accepts sms"),
    ATTRIBUTE(ImportKind.CUSTOMERS),

    SKU(ImportKind.PRODUCTS, "sku", "stockcode", "stock code", "product code", "product id", "item"),
    NAME(ImportKind.PRODUCTS, "name", "product name", "title", "product"),
    CATEGORY(ImportKind.PRODUCTS, "category", "product type", "type"),
    PRICE(ImportKind.PRODUCTS, "price", "unit price", "list price"),
    PRODUCT_CURRENCY(ImportKind.PRODUCTS, "currency"),
    PRODUCT_DESCRIPTION(ImportKind.PRODUCTS, "description", "body", "details"),

    ORDER_NUMBER(ImportKind.ORDERS, "invoice", "order number", "order", "order id", "invoice number", "invoiceno"),
    CUSTOMER_EMAIL(ImportKind.ORDERS, "email", "customer email", "e-mail"),
    CUSTOMER_ID(ImportKind.ORDERS, "customer id", "customer number", "customerid", "customer_id"),
    CUSTOMER_COUNTRY(ImportKind.ORDERS, "country", "billing country", "shipping country"),
    PLACED_AT(ImportKind.ORDERS, "invoicedate", "invoice date", "order date", "date", "placed at", "created at"),
    STATUS(ImportKind.ORDERS, "status", "order status"),
    ORDER_CURRENCY(ImportKind.ORDERS, "currency"),
    LINE_SKU(ImportKind.ORDERS, "stockcode", "stock code", "sku", "product code", "item code"),
    LINE_DESCRIPTION(ImportKind.ORDERS, "description", "product name", "item", "product"),
    QUANTITY(ImportKind.ORDERS, "quantity", "qty", "units"),
    UNIT_PRICE(ImportKind.ORDERS, "price", "unit price", "unitprice", "item price");

    private final ImportKind kind;
    private final Set<String> headers;

    ImportField(ImportKind kind, String... headers) {
        this.kind = kind;
        this.headers = Set.of(headers);
    }

    /** The kind of file the field belongs to. */
    public ImportKind kind() {
        return kind;
    }

    /** Whether a header (in any case, with any spacing) suggests this field. */
    public boolean suggestedBy(String header) {
        String normal = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
        return headers.contains(normal) || headers.contains(normal.replace(" ", ""));
    }

    /** Whether every row needs a value (for customers and orders, one of two keys is enough; see the rows). */
    public boolean required() {
        return switch (this) {
            case SKU, NAME, ORDER_NUMBER, PLACED_AT, LINE_SKU, QUANTITY, UNIT_PRICE -> true;
            default -> false;
        };
    }

    /** Key of the field's name in the UI translations. */
    public String labelKey() {
        return "import.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
