package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Test
    void aMarketerMapsAColumnImportsTheGoodRowsReadsTheReportAndFindsTheCustomer() throws Exception {
        String lastName = "Imported" + System.nanoTime();
        Path csv = Files.createTempFile("customers", ".csv");
        Files.writeString(csv, """
                Contact;Given;Family;Country
                %s@example.com;Iris;%s;fr
                =cmd|' /C calc'!A0;Eve;Evil;FR
                """.formatted(lastName.toLowerCase(), lastName), StandardCharsets.UTF_8);
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("import"));
        ImportPage importPage = ImportPage.at(page).upload(csv);

        importPage.startImport();
        assertThat(importPage.notification()).contains("Map a column to E-mail or to Customer number");
        importPage.dismissNotifications();
        importPage
                .choose("mapping-0", "E-mail")
                .choose("mapping-1", "First name")
                .choose("mapping-2", "Last name")
                .choose("import-on-errors", "Skip those rows")
                .startImport();

        assertThat(importPage.awaitOutcome()).isEqualTo("Imported with problems: the rows with errors were left out");
        assertThat(importPage.summary())
                .contains("Rows read 2")
                .contains("with errors 1")
                .contains("created 1");
        assertThat(importPage.problems()).contains("is not an e-mail address");
        assertThat(importPage.downloadReport())
                .contains("row,column,value,severity,problem")
                .contains("'=cmd|' /C calc'!A0");

        page.navigate(url("customers"));
        CustomerPage customer = CustomersPage.at(page).search(lastName).open(lastName);
        assertThat(customer.heading()).isEqualTo("Iris " + lastName);
    }
}
