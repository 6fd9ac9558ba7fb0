package app.cairn.imports;

import java.util.Arrays;
import java.util.List;

/** What a CSV file holds. */
public enum ImportKind {
    CUSTOMERS,
    PRODUCTS,
    ORDERS;

    /** The fields a column of such a file can be mapped to. */
    public List<ImportField> fields() {
        return Arrays.stream(ImportField.values()).filter(f -> f.kind() == this).toList();
    }

    /** Key of the kind's name in the UI translations. */
    public String labelKey() {
        return "import.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
