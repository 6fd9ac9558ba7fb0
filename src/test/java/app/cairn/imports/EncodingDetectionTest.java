package app.cairn.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A file that is not UTF-8 is read in the encoding its bytes tell, and the page is told it was a guess. */
@CairnTest
class EncodingDetectionTest {

    private static final String[][] CHINESE = {
        {"伟", "王", "北京"}, {"芳", "李", "上海"}, {"娜", "张", "广州"}, {"秀英", "刘", "深圳"},
        {"敏", "陈", "杭州"}, {"静", "杨", "南京"}, {"丽", "赵", "成都"}, {"强", "黄", "武汉"},
        {"磊", "周", "西安"}, {"军", "吴", "重庆"}, {"洋", "徐", "天津"}, {"勇", "孙", "苏州"}
    };

    private static final String[][] JAPANESE = {
        {"太郎", "山田", "東京"}, {"花子", "佐藤", "大阪"}, {"健一", "鈴木", "京都"}, {"美咲", "高橋", "横浜"},
        {"翔太", "田中", "名古屋"}, {"さくら", "伊藤", "札幌"}, {"大輔", "渡辺", "神戸"}, {"ゆい", "中村", "福岡"},
        {"拓也", "小林", "仙台"}, {"あかり", "加藤", "広島"}, {"蓮", "吉田", "千葉"}, {"陽菜", "山口", "奈良"}
    };

    @Autowired
    ImportService imports;

    @Autowired
    CustomerManagement customers;

    @Test
    void aChineseFileInGbkIsToldFromItsBytesAndItsNamesReadAsWritten() throws Exception {
        List<String> emails = new ArrayList<>();
        var file = ImportFixtures.file(csv(CHINESE, "gbk", emails), Charset.forName("GBK"));

        FileInspection inspection = imports.inspect(file, "gbk.csv", ImportKind.CUSTOMERS);
        ImportRun run = ImportFixtures.run(imports, ImportKind.CUSTOMERS, file, s -> s, false);

        assertThat(inspection.encoding()).isEqualTo(CsvDialect.Encoding.DETECTED);
        assertThat(inspection.settings().encoding()).isIn("GB18030", "GBK");
        assertThat(inspection.preview().getFirst()).contains("伟", "王", "北京");
        assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(customers.findByEmail(emails.get(3)).orElseThrow().firstName())
                .isEqualTo("秀英");
    }

    @Test
    void aJapaneseFileInShiftJisIsToldFromItsBytes() throws Exception {
        List<String> emails = new ArrayList<>();
        var file = ImportFixtures.file(csv(JAPANESE, "sjis", emails), Charset.forName("Shift_JIS"));

        FileInspection inspection = imports.inspect(file, "sjis.csv", ImportKind.CUSTOMERS);

        assertThat(inspection.encoding()).isEqualTo(CsvDialect.Encoding.DETECTED);
        assertThat(Charset.forName(inspection.settings().encoding())).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(inspection.preview().get(4)).contains("翔太", "田中", "名古屋");
    }

    @Test
    void aUtf8FileIsNotAGuess() throws Exception {
        List<String> emails = new ArrayList<>();
        var file = ImportFixtures.file(csv(CHINESE, "utf8", emails), Charset.forName("UTF-8"));

        FileInspection inspection = imports.inspect(file, "utf8.csv", ImportKind.CUSTOMERS);

        assertThat(inspection.encoding()).isEqualTo(CsvDialect.Encoding.VALID_UTF8);
        assertThat(inspection.settings().encoding()).isEqualTo("UTF-8");
    }

    private static String csv(String[][] people, String prefix, List<String> emails) {
        StringBuilder csv = new StringBuilder("email,first name,last name,city\n");
        for (String[] person : people) {
            String email = CustomerFixtures.uniqueEmail(prefix);
            emails.add(email);
            csv.append(email).append(',').append(String.join(",", person)).append('\n');
        }
        return csv.toString();
    }
}
