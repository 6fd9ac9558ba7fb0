package app.cairn.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.testing.CairnTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class CustomerImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    CustomerManagement customers;

    @Test
    void importsNormalisedCustomersAndAReimportChangesNothing() throws Exception {
        String ana = CustomerFixtures.uniqueEmail("ana");
        String ben = CustomerFixtures.uniqueEmail("ben");
        String csv = """
                E-mail,First name,Last name,Phone,Country,Tags,Newsletter,Loyalty tier
                  %s ,Ana,Lima,030 1234567,de,VIP; Early ,yes,gold
                %s,Ben,Ode,+44 20 7946 0958,GB,,no,
                """.formatted(ana.toUpperCase(), ben);

        ImportRun first = ImportFixtures.run(
                imports,
                ImportKind.CUSTOMERS,
                ImportFixtures.file(csv, StandardCharsets.UTF_8),
                s -> s.withColumns(withAttribute(s, "Loyalty tier")),
                false);
        ImportRun again = ImportFixtures.run(
                imports, ImportKind.CUSTOMERS, ImportFixtures.file(csv, StandardCharsets.UTF_8), s -> s, false);

        assertThat(first.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(first.created()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        CustomerProfile imported = customers.findByEmail(ana).orElseThrow();
        assertThat(imported.phone()).isEqualTo("+49301234567");
        assertThat(imported.country()).isEqualTo("DE");
        assertThat(imported.tags()).containsExactlyInAnyOrder("vip", "early");
        assertThat(imported.attributes()).containsEntry("Loyalty tier", "gold");
        assertThat(imported.consents()).anySatisfy(c -> assertThat(c.channel() == ConsentChannel.EMAIL && c.granted())
                .isTrue());
        assertThat(customers.findByEmail(ben).orElseThrow().consents())
                .anySatisfy(c -> assertThat(c.channel() == ConsentChannel.EMAIL && !c.granted())
                        .isTrue());
    }

    @Test
    void aFileWithABadRowIsRejectedAndWritesNothing() throws Exception {
        String good = CustomerFixtures.uniqueEmail("good");
        String csv = "email,first name\n" + good + ",Gina\nnot-an-address,Bad\n";

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv);

        assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(run.rowsFailed()).isEqualTo(1);
        assertThat(customers.findByEmail(good)).isEmpty();
        assertThat(imports.problems(run.id(), 0, 10)).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.message()).contains("'not-an-address' is not an e-mail address");
        });
    }

    @Test
    void skippingBadRowsImportsTheGoodOnes() throws Exception {
        String good = CustomerFixtures.uniqueEmail("good");
        String csv = "email,birthday\n" + good + ",1990-02-03\n" + CustomerFixtures.uniqueEmail("x") + ",31.02.1990\n";

        ImportRun run = ImportFixtures.run(
                imports,
                ImportKind.CUSTOMERS,
                ImportFixtures.file(csv, StandardCharsets.UTF_8),
                s -> s.withErrorPolicy(ErrorPolicy.SKIP_ROWS),
                false);

        assertThat(run.status()).as("rows were left out").isEqualTo(ImportStatus.PARTIAL);
        assertThat(run.created()).isEqualTo(1);
        assertThat(run.rowsFailed()).isEqualTo(1);
        assertThat(customers.findByEmail(good).orElseThrow().birthday()).hasToString("1990-02-03");
        assertThat(imports.problems(run.id(), 0, 10).getFirst().message()).contains("Not a date");
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumnAndValue() throws Exception {
        String csv = "email,first name,country,phone,time zone\n" + "not-an-address,Ann,Atlantis,12,Mars/Olympus\n";

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv);

        assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(imports.problems(run.id(), 0, 10))
                .extracting(ReportLine::column, ReportLine::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("email", "not-an-address"),
                        org.assertj.core.groups.Tuple.tuple("country", "Atlantis"),
                        org.assertj.core.groups.Tuple.tuple("time zone", "Mars/Olympus"),
                        org.assertj.core.groups.Tuple.tuple("phone", "12"));
        assertThat(imports.problems(run.id(), 0, 10))
                .allSatisfy(line -> assertThat(line.row()).isEqualTo(2));
    }

    @Test
    void rowsWithTheSameEmailAreMergedIntoOneCustomer() throws Exception {
        String email = CustomerFixtures.uniqueEmail("twin");
        String csv = "email,first name,city\n" + email + ",Tom,\n" + email.toUpperCase() + ",,Leeds\n";

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv);

        assertThat(run.created()).isEqualTo(1);
        assertThat(run.merged()).isEqualTo(1);
        CustomerProfile twin = customers.findByEmail(email).orElseThrow();
        assertThat(twin.firstName()).isEqualTo("Tom");
        assertThat(twin.city()).isEqualTo("Leeds");
    }

    @Test
    void aCheckTriesEveryRowButKeepsNothing() throws Exception {
        String email = CustomerFixtures.uniqueEmail("check");

        ImportRun run = ImportFixtures.run(
                imports,
                ImportKind.CUSTOMERS,
                ImportFixtures.file("email\n" + email + "\n", StandardCharsets.UTF_8),
                s -> s,
                true);

        assertThat(run.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(run.created()).isEqualTo(1);
        assertThat(customers.findByEmail(email)).isEmpty();
    }

    @Test
    void theMappingIsRememberedForTheNextFileWithTheSameHeader() throws Exception {
        String csv = "Mail Address,Nick\n" + CustomerFixtures.uniqueEmail("m") + ",Moe\n";
        var file = ImportFixtures.file(csv, StandardCharsets.UTF_8);
        FileInspection before = imports.inspect(file, "a.csv", ImportKind.CUSTOMERS);
        assertThat(before.remembered()).isFalse();
        var mapping = new java.util.LinkedHashMap<String, ImportField>();
        mapping.put("Mail Address", ImportField.EMAIL);
        mapping.put("Nick", ImportField.FIRST_NAME);
        imports.start(file, "a.csv", before.settings().withColumns(mapping), true, "tester", java.util.Locale.ENGLISH);

        FileInspection after = imports.inspect(file, "b.csv", ImportKind.CUSTOMERS);

        assertThat(after.remembered()).isTrue();
        assertThat(after.settings().columns()).isEqualTo(mapping);
    }

    private static java.util.Map<String, ImportField> withAttribute(ImportSettings s, String header) {
        var columns = new java.util.LinkedHashMap<>(s.columns());
        columns.put(header, ImportField.ATTRIBUTE);
        return columns;
    }
}
