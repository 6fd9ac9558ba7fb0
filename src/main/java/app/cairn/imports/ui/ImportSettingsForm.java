package app.cairn.imports.ui;

import app.cairn.customer.BlankPolicy;
import app.cairn.imports.DateOrder;
import app.cairn.imports.ErrorPolicy;
import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportField;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportSettings;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of an import: how the file is read (encoding, delimiter, dates, numbers), what to do with blanks
 * and errors, a preview of the first rows, and the field each column is mapped to.
 */
class ImportSettingsForm extends VerticalLayout {

    private static final List<String> ENCODINGS = List.of(
            "UTF-8",
            "windows-1252",
            "ISO-8859-1",
            "UTF-16LE",
            "UTF-16BE",
            "GB18030",
            "GBK",
            "Big5",
            "Shift_JIS",
            "EUC-KR");
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private final ComboBox<String> encoding = new ComboBox<>();
    private final Select<Character> delimiter = new Select<>();
    private final Select<DateOrder> dateOrder = new Select<>();
    private final Checkbox decimalComma = new Checkbox();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Select<BlankPolicy> blanks = new Select<>();
    private final Select<ErrorPolicy> onErrors = new Select<>();
    private final TextField defaultCurrency = new TextField();
    private final TextField cancellationPrefix = new TextField();
    private final Span fileInfo = new Span();
    private final Span remembered = new Span();
    private final Span encodingNote = new Span();
    private final Grid<List<String>> preview = new Grid<>();
    private final FormLayout mapping = new FormLayout();
    private final List<Select<ImportField>> mappers = new ArrayList<>();
    private ImportKind kind;
    private List<String> header = List.of();
    private Runnable onDialectChange = () -> {};

    ImportSettingsForm() {
        setPadding(false);
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ENCODINGS);
        encoding.setAllowCustomValue(true);
        encoding.addCustomValueSetListener(event -> encoding.setValue(event.getDetail()));
        delimiter.setId("import-delimiter");
        delimiter.setLabel(getTranslation("import.delimiter"));
        delimiter.setItems(DELIMITERS);
        delimiter.setItemLabelGenerator(c -> getTranslation("import.delimiter." + delimiterName(c)));
        dateOrder.setId("import-date-order");
        dateOrder.setLabel(getTranslation("import.date-order"));
        dateOrder.setItems(DateOrder.values());
        dateOrder.setItemLabelGenerator(d -> getTranslation("import.date-order." + lower(d)));
        decimalComma.setLabel(getTranslation("import.decimal-comma"));
        zone.setId("import-zone");
        zone.setLabel(getTranslation("import.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        blanks.setLabel(getTranslation("import.blanks"));
        blanks.setItems(BlankPolicy.values());
        blanks.setItemLabelGenerator(b -> getTranslation("import.blanks." + lower(b)));
        onErrors.setId("import-on-errors");
        onErrors.setLabel(getTranslation("import.on-errors"));
        onErrors.setItems(ErrorPolicy.values());
        onErrors.setItemLabelGenerator(e -> getTranslation("import.on-errors." + lower(e)));
        defaultCurrency.setId("import-default-currency");
        defaultCurrency.setLabel(getTranslation("import.default-currency"));
        defaultCurrency.setMaxLength(3);
        cancellationPrefix.setId("import-cancellation-prefix");
        cancellationPrefix.setLabel(getTranslation("import.cancellation-prefix"));
        encoding.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onDialectChange.run();
            }
        });
        delimiter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onDialectChange.run();
            }
        });
        fileInfo.setId("import-file-info");
        remembered.setId("import-remembered");
        encodingNote.setId("import-encoding-note");
        encodingNote.getElement().getThemeList().add("badge warning");
        FormLayout reading = new FormLayout(
                encoding,
                delimiter,
                dateOrder,
                zone,
                decimalComma,
                blanks,
                onErrors,
                defaultCurrency,
                cancellationPrefix);
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.setAllRowsVisible(true);
        mapping.setId("import-mapping");
        add(
                fileInfo,
                remembered,
                encodingNote,
                reading,
                new H3(getTranslation("import.preview")),
                preview,
                new H3(getTranslation("import.mapping")),
                mapping);
    }

    /** Called when the encoding or delimiter is changed by hand: the file must be read again. */
    void onDialectChange(Runnable listener) {
        this.onDialectChange = listener;
    }

    /** Shows a file's start and the settings to begin with. */
    void show(FileInspection inspection) {
        ImportSettings s = inspection.settings();
        kind = s.kind();
        header = inspection.header();
        fileInfo.setText(getTranslation("import.file", inspection.fileName(), header.size()));
        remembered.setText(inspection.remembered() ? getTranslation("import.remembered") : "");
        encoding.setValue(s.encoding());
        // a guessed encoding is said so, with what to look for, never taken silently
        encodingNote.setText(
                switch (inspection.encoding()) {
                    case DETECTED -> getTranslation("import.encoding.detected", s.encoding());
                    case UNKNOWN -> getTranslation("import.encoding.unknown", s.encoding());
                    default -> "";
                });
        encodingNote.setVisible(!encodingNote.getText().isEmpty());
        delimiter.setValue(s.delimiter());
        dateOrder.setValue(s.dateOrder());
        decimalComma.setValue(s.decimalComma());
        zone.setValue(s.zone());
        blanks.setValue(s.blanks());
        blanks.setVisible(kind == ImportKind.CUSTOMERS);
        onErrors.setValue(s.onErrors());
        defaultCurrency.setValue(s.defaultCurrency() == null ? "" : s.defaultCurrency());
        defaultCurrency.setVisible(kind != ImportKind.CUSTOMERS);
        cancellationPrefix.setValue(s.cancellationPrefix() == null ? "" : s.cancellationPrefix());
        cancellationPrefix.setVisible(kind == ImportKind.ORDERS);
        showPreview(inspection);
        showMapping(s);
    }

    /** The settings as the form shows them now. */
    ImportSettings settings() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            ImportField field = mappers.get(i).getValue();
            if (field != null) {
                columns.put(header.get(i), field);
            }
        }
        return new ImportSettings(
                kind,
                encoding.getValue(),
                delimiter.getValue() == null ? ',' : delimiter.getValue(),
                dateOrder.getValue(),
                decimalComma.getValue(),
                zone.getValue() == null ? "UTC" : zone.getValue(),
                blanks.getValue(),
                onErrors.getValue(),
                defaultCurrency.getValue().isBlank()
                        ? null
                        : defaultCurrency.getValue().strip(),
                cancellationPrefix.getValue().isBlank()
                        ? null
                        : cancellationPrefix.getValue().strip(),
                columns);
    }

    List<String> header() {
        return header;
    }

    private void showPreview(FileInspection inspection) {
        preview.removeAllColumns();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            preview.addColumn(row -> column < row.size() ? row.get(column) : "")
                    .setHeader(header.get(i))
                    .setAutoWidth(true);
        }
        preview.setItems(inspection.preview());
    }

    private void showMapping(ImportSettings settings) {
        mapping.removeAll();
        mappers.clear();
        for (int i = 0; i < header.size(); i++) {
            Select<ImportField> field = new Select<>();
            field.setId("mapping-" + i);
            field.setLabel(getTranslation("import.mapping.column", header.get(i)));
            field.setEmptySelectionAllowed(true);
            field.setEmptySelectionCaption(getTranslation("import.mapping.ignore"));
            field.setItems(kind.fields());
            field.setItemLabelGenerator(
                    f -> f == null ? getTranslation("import.mapping.ignore") : getTranslation(f.labelKey()));
            field.setValue(settings.columns().get(header.get(i)));
            mappers.add(field);
            mapping.add(field);
        }
    }

    private static String delimiterName(char c) {
        return switch (c) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "comma";
        };
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
