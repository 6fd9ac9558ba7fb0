package app.cairn.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.shared.SpreadsheetText;
import app.cairn.testing.CairnTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class HostileCsvTest {

    @Autowired
    ImportService imports;

    @Autowired
    CustomerManagement customers;

    @Test
    void aByteOrderMarkAndSemicolonsAreDetected() throws Exception {
        String email = CustomerFixtures.uniqueEmail("bom");
        var file = ImportFixtures.file("\ufeffEmail;City\n" + email + ";Zürich\n", StandardCharsets.UTF_8);

        FileInspection inspection = imports.inspect(file, "bom.csv", ImportKind.CUSTOMERS);
        ImportRun run = ImportFixtures.run(imports, ImportKind.CUSTOMERS, file, s -> s, false);

        assertThat(inspection.header()).containsExactly("Email", "City");
        assertThat(inspection.settings().delimiter()).isEqualTo(';');
        assertThat(run.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(customers.findByEmail(email).orElseThrow().city()).isEqualTo("Zürich");
    }

    @Test
    void aValueHoldingANulCharacterIsRefusedNamingItsRowAndColumnAndTheOtherRowsImport() throws Exception {
        String good = CustomerFixtures.uniqueEmail("nul-good");
        String bad = CustomerFixtures.uniqueEmail("nul-bad");
        var file =
                ImportFixtures.file("email,last name\n" + good + ",Ann\n" + bad + ",A\0nn\n", StandardCharsets.UTF_8);

        ImportRun run = ImportFixtures.run(
                imports, ImportKind.CUSTOMERS, file, s -> s.withErrorPolicy(ErrorPolicy.SKIP_ROWS), false);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.PARTIAL);
        assertThat(run.created()).isEqualTo(1);
        assertThat(customers.findByEmail(bad)).isEmpty();
        assertThat(imports.problems(run.id(), 0, 10)).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("last name");
            assertThat(problem.value()).isEqualTo("A\\0nn");
            assertThat(problem.message()).contains("NUL character");
        });
    }

    @Test
    void windows1252TextIsRecognisedAndRead() throws Exception {
        String email = CustomerFixtures.uniqueEmail("latin");
        var file = ImportFixtures.file("email,first name\n" + email + ",Zoë\n", CsvFiles.WINDOWS_1252);

        ImportRun run = ImportFixtures.run(imports, ImportKind.CUSTOMERS, file, s -> s, false);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(customers.findByEmail(email).orElseThrow().firstName()).isEqualTo("Zoë");
    }

    @Test
    void textThatIsNotInTheChosenEncodingFailsTheImportAndWritesNothing() throws Exception {
        String before = CustomerFixtures.uniqueEmail("before");
        String email = CustomerFixtures.uniqueEmail("latin");
        var file =
                ImportFixtures.file("email,first name\n" + before + ",Al\n" + email + ",Zoë\n", CsvFiles.WINDOWS_1252);

        ImportRun run = ImportFixtures.run(imports, ImportKind.CUSTOMERS, file, s -> s.withEncoding("UTF-8"), false);

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("not valid UTF-8");
        assertThat(customers.findByEmail(before)).isEmpty();
    }

    @Test
    void aBrokenQuoteFailsTheImportAndWritesNothing() throws Exception {
        String before = CustomerFixtures.uniqueEmail("before");
        String csv = "email,first name\n" + before + ",Al\n" + CustomerFixtures.uniqueEmail("q") + ",\"Open\n";

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv);

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("cannot be read").contains("quotes");
        assertThat(customers.findByEmail(before)).isEmpty();
    }

    @Test
    void aBrokenRowAfterThousandsOfGoodOnesIsNamedAndNothingIsWritten() throws Exception {
        // more rows than one write chunk, so some were written (and are rolled back) before the bad one is read
        String first = CustomerFixtures.uniqueEmail("first");
        StringBuilder csv =
                new StringBuilder("email,first name\n").append(first).append(",Al\n");
        for (int i = 1; i < 2_500; i++) {
            csv.append(CustomerFixtures.uniqueEmail("bulk")).append(",Bo\n");
        }
        csv.append(CustomerFixtures.uniqueEmail("q")).append(",\"Open\n");

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv.toString());

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.rowsRead()).isEqualTo(2_500);
        assertThat(run.message()).contains("after row 2,502").contains("quotes");
        assertThat(run.created()).isZero();
        assertThat(customers.findByEmail(first)).isEmpty();
    }

    @Test
    void theWrongDelimiterIsRefusedBeforeAnythingStarts() throws Exception {
        var file = ImportFixtures.file("email;name\na@example.com;A\n", StandardCharsets.UTF_8);
        ImportSettings settings =
                imports.inspect(file, "x.csv", ImportKind.CUSTOMERS).settings();
        ImportSettings comma = new ImportSettings(
                settings.kind(),
                "UTF-8",
                ',',
                settings.dateOrder(),
                false,
                "UTC",
                settings.blanks(),
                settings.onErrors(),
                null,
                null,
                Map.of("email;name", ImportField.EMAIL));

        assertThatThrownBy(() -> imports.start(file, "x.csv", comma, false, "tester", Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("import.error.one-column"));
    }

    @Test
    void aMissingRequiredColumnIsRefusedBeforeAnythingStarts() throws Exception {
        var file = ImportFixtures.file("sku,price\nMUG,3.50\n", StandardCharsets.UTF_8);
        ImportSettings settings =
                imports.inspect(file, "p.csv", ImportKind.PRODUCTS).settings();

        assertThatThrownBy(() -> imports.start(file, "p.csv", settings, false, "tester", Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class, refused -> assertThat(refused.arguments())
                        .containsExactly(ImportField.NAME));
    }

    @Test
    void tenThousandBadRowsAreAllReportedAndNothingIsWritten() throws Exception {
        StringBuilder csv = new StringBuilder("email,first name,birthday\n");
        String good = CustomerFixtures.uniqueEmail("good");
        csv.append(good).append(",Ok,\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("bad-").append(i).append(",Bad,\n");
        }

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv.toString());

        assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(run.rowsRead()).isEqualTo(10_001);
        assertThat(run.rowsFailed()).isEqualTo(10_000);
        assertThat(imports.countProblems(run.id())).isEqualTo(10_000);
        assertThat(customers.findByEmail(good)).isEmpty();
        assertThat(report(run)).hasSize(10_001);
    }

    @Test
    void formulasInTheReportAreNeutralised() throws Exception {
        String csv = "email,birthday\n" + CustomerFixtures.uniqueEmail("f") + ",=cmd|' /C calc'!A0\n"
                + CustomerFixtures.uniqueEmail("g") + ",@SUM(1+1)\n";

        ImportRun run = ImportFixtures.importText(imports, ImportKind.CUSTOMERS, csv);

        String[] lines = report(run);
        assertThat(lines[1]).startsWith("2,birthday,'=cmd|' /C calc'!A0,ERROR,\"Not a date");
        assertThat(lines[2]).startsWith("3,birthday,'@SUM(1+1),ERROR,");
    }

    @Test
    void numbersInTheReportStayNumbers() {
        assertThat(SpreadsheetText.safe("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetText.safe("+1 555")).isEqualTo("'+1 555");
        assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
    }

    private String[] report(ImportRun run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeReport(run.id(), out);
        return out.toString(StandardCharsets.UTF_8).strip().split("\r\n");
    }

    @Test
    void aFileWithThousandsOfColumnsIsRefusedWithTheCountInsteadOfFreezingThePage() throws Exception {
        String header = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> "c" + i)
                .collect(java.util.stream.Collectors.joining(","));
        var file = ImportFixtures.file(
                header + "\n" + "x,".repeat(4_999) + "x\n", java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> imports.inspect(file, "wide.csv", ImportKind.CUSTOMERS))
                .isInstanceOfSatisfying(ImportException.class, refused -> assertThat(refused.arguments())
                        .containsExactly(5_000, ImportService.MAX_COLUMNS));
    }
}
