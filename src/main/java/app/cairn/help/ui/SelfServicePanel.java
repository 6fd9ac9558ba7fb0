package app.cairn.help.ui;

import app.cairn.help.IntentSetting;
import app.cairn.help.SelfService;
import app.cairn.help.SelfServiceMode;
import app.cairn.shared.RefusedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Self-service per intent: off, suggest articles to agents, or answer the customer at once when the model is at
 * least this sure of the intent. Each change is saved when made.
 */
final class SelfServicePanel extends VerticalLayout {

    private final transient SelfService selfService;
    private final Grid<IntentSetting> grid = new Grid<>();

    SelfServicePanel(SelfService selfService, boolean canChange) {
        this.selfService = selfService;
        setPadding(false);
        grid.setId("self-service");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> getTranslation(s.intent().messageKey())).setHeader(getTranslation("support.field.intent"));
        grid.addComponentColumn(s -> mode(s, canChange)).setHeader(getTranslation("help.self.mode"));
        grid.addComponentColumn(s -> threshold(s, canChange)).setHeader(getTranslation("help.self.threshold"));
        add(new H3(getTranslation("help.self.title")), new Paragraph(getTranslation("help.self.about")), grid);
        refresh();
    }

    private Select<SelfServiceMode> mode(IntentSetting setting, boolean canChange) {
        Select<SelfServiceMode> mode = new Select<>();
        mode.setId("self-mode-" + setting.intent().name().toLowerCase(java.util.Locale.ROOT));
        mode.setItems(SelfServiceMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("help.self.mode." + m.name()));
        mode.setValue(setting.mode());
        mode.setWidth("14rem");
        mode.setReadOnly(!canChange);
        mode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new IntentSetting(setting.intent(), e.getValue(), setting.threshold()));
            }
        });
        return mode;
    }

    private IntegerField threshold(IntentSetting setting, boolean canChange) {
        IntegerField percent = new IntegerField();
        percent.setId("self-threshold-" + setting.intent().name().toLowerCase(java.util.Locale.ROOT));
        percent.setMin(50);
        percent.setMax(100);
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setValue((int) Math.round(setting.threshold() * 100));
        percent.setWidth("7rem");
        percent.setReadOnly(!canChange);
        percent.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                double value = e.getValue() == null ? Double.NaN : e.getValue() / 100.0;
                save(new IntentSetting(setting.intent(), setting.mode(), value));
            }
        });
        return percent;
    }

    private void save(IntentSetting setting) {
        try {
            selfService.save(setting);
            Notification.show(getTranslation(
                    "help.self.saved", getTranslation(setting.intent().messageKey())));
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(selfService.settings().values().stream().toList());
    }
}
