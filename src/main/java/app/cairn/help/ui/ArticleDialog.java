package app.cairn.help.ui;

import app.cairn.help.HelpArticle;
import app.cairn.help.HelpArticles;
import app.cairn.shared.RefusedException;
import app.cairn.textanalysis.Intent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Writes or changes an article: title, language, category, the intent it answers, and its text as HTML. */
final class ArticleDialog extends Dialog {

    ArticleDialog(HelpArticles articles, HelpArticle article, String by, Runnable saved) {
        setHeaderTitle(getTranslation(article == null ? "help.article.new" : "help.article.edit"));
        TextField title = new TextField(getTranslation("help.field.title"));
        title.setId("article-title");
        title.setWidthFull();
        title.setMaxLength(HelpArticles.MAX_TITLE);
        Select<String> language = new Select<>();
        language.setId("article-language");
        language.setLabel(getTranslation("help.field.language"));
        language.setItems("en", "zh");
        language.setItemLabelGenerator(l -> getTranslation("help.language." + l));
        language.setValue("en");
        TextField category = new TextField(getTranslation("help.field.category"));
        category.setId("article-category");
        category.setMaxLength(HelpArticles.MAX_CATEGORY);
        ComboBox<Intent> intent = new ComboBox<>(getTranslation("help.field.intent"));
        intent.setId("article-intent");
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        intent.setClearButtonVisible(true);
        intent.setHelperText(getTranslation("help.field.intent-help"));
        intent.setWidth("18rem");
        category.setWidth("14rem");
        language.setWidth("9rem");
        TextArea body = new TextArea(getTranslation("help.field.body"));
        body.setId("article-body");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setHelperText(getTranslation("help.field.body-help"));
        if (article != null) {
            title.setValue(article.title());
            language.setValue(article.language());
            category.setValue(article.category() == null ? "" : article.category());
            intent.setValue(article.intent());
            body.setValue(article.html());
        }
        Paragraph error = new Paragraph();
        error.setId("article-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(title, new HorizontalLayout(language, category, intent), body, error);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("support.settings.save"), e -> {
            try {
                articles.save(
                        new HelpArticle(
                                article == null ? 0 : article.id(),
                                title.getValue(),
                                body.getValue(),
                                language.getValue(),
                                category.getValue(),
                                intent.getValue(),
                                null,
                                null,
                                null),
                        by);
                close();
                saved.run();
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("article-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("support.cancel"), e -> close()), save);
        setWidth("min(95vw, 52rem)");
    }
}
