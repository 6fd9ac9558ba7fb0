package app.cairn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Text for the search benchmark: messages of 20 to 60 words drawn with Zipf-like frequencies from real English
 * support words and a long tail of made-up words (so there are rare and common terms), one message in ten in
 * Chinese, some with quoted history. Deterministic for a seed, so every run searches the same desk.
 */
final class SearchCorpus {

    static final String[] ENGLISH =
            ("the I my order and to a is it of you for not was have please parcel refund this on with that but be "
                            + "delivery arrived still can would item size return when your received damaged box tracking "
                            + "shoes jacket wrong colour exchange invoice payment charged twice card address courier week "
                            + "days waiting email reply help thanks hello broken missing package label voucher code discount "
                            + "account password login cancel subscription newsletter stock available restock price promised "
                            + "store warehouse shipped dispatch postcode customs fee tax receipt small large medium fit quality "
                            + "scarf seam torn stain smell leather cotton wool zipper button battery charger screen cable "
                            + "warranty repair replacement credit bank transfer paypal klarna instalment late early morning "
                            + "evening tomorrow yesterday monday friday weekend holiday gift wrap message note urgent again")
                    .split(" ");

    static final String[] CHINESE = ("我 的 订单 还 没有 收到 请问 什么 时候 发货 快递 包裹 退款 申请 已经 等了 一个 星期 尺码 不合适 想 换 "
                    + "颜色 质量 问题 破损 客服 回复 谢谢 你好 发票 地址 修改 取消 优惠券 折扣 价格 物流 信息 更新 "
                    + "鞋子 外套 围巾 破了 退货 运费 谁 承担 支付 扣款 两次 银行卡 账户 登录 密码 会员 积分")
            .split(" ");

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ren", "tu", "sa", "vel", "no", "qui", "bra", "dor", "fe", "gli", "hun", "jo", "kes", "lam",
        "mor", "pa", "ri", "sto", "tan", "ul", "vo", "wex", "yn", "zar"
    };

    private final SplittableRandom random;
    private final List<String> tail = new ArrayList<>();

    SearchCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        SplittableRandom words = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            int parts = 2 + words.nextInt(3);
            for (int p = 0; p < parts; p++) {
                word.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
            }
            tail.add(word.toString());
        }
    }

    /** The made-up word of this frequency rank (0 the most frequent). */
    String tailWord(int rank) {
        return tail.get(rank);
    }

    /** A subject: a few words. */
    String subject() {
        return sentence(3 + random.nextInt(5), false);
    }

    /** A message's text: English (or Chinese, one in ten). */
    String message() {
        return random.nextInt(10) == 0 ? chinese(15 + random.nextInt(30)) : sentence(20 + random.nextInt(40), true);
    }

    /** Whether the next message quotes the one before (e-mail history). */
    boolean quotes() {
        return random.nextInt(10) < 3;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String sentence(int words, boolean tailWords) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            // two words in three from the support vocabulary, Zipf-like; the rest from the long tail
            if (!tailWords || random.nextInt(3) > 0) {
                text.append(ENGLISH[zipf(ENGLISH.length)]);
            } else {
                text.append(tail.get(zipf(tail.size())));
            }
        }
        return text.append('.').toString();
    }

    private String chinese(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(CHINESE[zipf(CHINESE.length)]);
            if (i % 8 == 7) {
                text.append('，');
            }
        }
        return text.append('。').toString();
    }

    /** A rank in [0, n) with probability falling about as 1 / (rank + 1). */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }
}
