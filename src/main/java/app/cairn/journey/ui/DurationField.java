package app.cairn.journey.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wait's length as a number and a unit, kept as the ISO-8601 text the engine reads: {@code PT30M},
 * {@code PT4H}, {@code P2D}, {@code P1W}. A stored length in another shape shows as blank, to be chosen again.
 */
class DurationField extends CustomField<String> {

    private static final List<String> UNITS = List.of("minutes", "hours", "days", "weeks");
    private static final Pattern ISO = Pattern.compile("P(?:T(\\d+)([MH])|(\\d+)([DW]))");

    private final IntegerField amount = new IntegerField();
    private final Select<String> unit = new Select<>();

    DurationField(String label) {
        setLabel(label);
        amount.setMin(1);
        amount.setMax(10_000);
        amount.setWidth("6rem");
        amount.setStepButtonsVisible(true);
        unit.setItems(UNITS);
        unit.setItemLabelGenerator(u -> getTranslation("journey.unit." + u));
        unit.setValue("days");
        unit.setWidth("8rem");
        add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(amount, unit));
    }

    /** The inner fields, for ids tests and labels hang on. */
    IntegerField amount() {
        return amount;
    }

    Select<String> unit() {
        return unit;
    }

    @Override
    protected String generateModelValue() {
        Integer n = amount.getValue();
        if (n == null || n < 1 || unit.getValue() == null) {
            return "";
        }
        return switch (unit.getValue()) {
            case "minutes" -> "PT" + n + "M";
            case "hours" -> "PT" + n + "H";
            case "weeks" -> "P" + n + "W";
            default -> "P" + n + "D";
        };
    }

    @Override
    protected void setPresentationValue(String value) {
        Parts parts = parts(value);
        if (parts == null) {
            amount.clear();
            return;
        }
        amount.setValue(parts.amount());
        unit.setValue(parts.unit());
    }

    /** A length read as a whole number of one unit. */
    record Parts(int amount, String unit) {}

    /** The length as a number of minutes, hours, days or weeks; null when it is in another shape. */
    static Parts parts(String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        boolean time = m.group(1) != null;
        return new Parts(
                Integer.parseInt(time ? m.group(1) : m.group(3)),
                switch (time ? m.group(2) : m.group(4)) {
                    case "M" -> "minutes";
                    case "H" -> "hours";
                    case "W" -> "weeks";
                    default -> "days";
                });
    }
}
