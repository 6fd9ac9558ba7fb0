package app.cairn.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details form alone: country, time zone and language are picked from lists, and saved as codes. */
class CustomerDetailsFormTest {

    final CustomerDetailsForm form = new CustomerDetailsForm();
    final List<CustomerDetails> saved = new ArrayList<>();

    CustomerDetailsFormTest() {
        form.addSaveListener(event -> saved.add(event.details()));
    }

    @Test
    void countryTimeZoneAndLanguageArePickedAndSavedAsTheirCodes() {
        form.setDetails(new CustomerDetails(
                "li@example.cn", "Li", "Na", null, "CN", "Shanghai", "Asia/Shanghai", "zh-CN", null));

        assertThat(form.country.getListDataView().getItems()).contains("DE", "CN", "JP");
        assertThat(form.timeZone.getListDataView().getItems()).contains("Europe/Berlin", "Asia/Shanghai");
        assertThat(form.language.getListDataView().getItems()).contains("de", "zh-CN");
        form.country.setValue("DE");
        form.timeZone.setValue("Europe/Berlin");
        form.language.setValue("de");
        form.save.click();

        assertThat(saved).singleElement().satisfies(details -> {
            assertThat(details.country()).isEqualTo("DE");
            assertThat(details.timeZone()).isEqualTo("Europe/Berlin");
            assertThat(details.language()).isEqualTo("de");
            assertThat(details.city()).isEqualTo("Shanghai");
        });
    }

    @Test
    void aCountryIsListedByItsNameWithItsCode() {
        assertThat(form.country.getItemLabelGenerator().apply("DE")).isEqualTo("Germany (DE)");
    }
}
