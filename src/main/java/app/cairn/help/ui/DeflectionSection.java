package app.cairn.help.ui;

import app.cairn.help.Deflection;
import app.cairn.help.SelfService;
import app.cairn.support.ReportSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.text.NumberFormat;
import java.time.Instant;

/** The support report's self-service section: per intent, tickets answered at once and the share solved so. */
@org.springframework.stereotype.Component
class DeflectionSection implements ReportSection {

    private final SelfService selfService;

    DeflectionSection(SelfService selfService) {
        this.selfService = selfService;
    }

    @Override
    public String titleKey() {
        return "help.report.title";
    }

    @Override
    public Component create(Instant from, Instant to) {
        Grid<Deflection> grid = new Grid<>();
        grid.setId("report-deflection");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> grid.getTranslation(d.intent().messageKey()))
                .setHeader(grid.getTranslation("support.field.intent"));
        grid.addColumn(Deflection::answered).setHeader(grid.getTranslation("help.report.answered"));
        grid.addColumn(Deflection::solved).setHeader(grid.getTranslation("help.report.solved"));
        grid.addColumn(d -> {
                    NumberFormat percent = NumberFormat.getPercentInstance(
                            com.vaadin.flow.component.UI.getCurrent().getLocale());
                    percent.setMaximumFractionDigits(1);
                    return percent.format(d.rate());
                })
                .setHeader(grid.getTranslation("help.report.rate"));
        grid.setEmptyStateText(grid.getTranslation("help.report.none"));
        grid.setItems(selfService.deflection(from).stream().toList());
        return grid;
    }
}
