package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.internal.eval.LabelledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Banking77's real customer questions (CC BY 4.0) read as shop intents, for the starter intent model: the categories
 * that ask what a shop's customers ask (a refund, a card that has not arrived, a double charge, a forgotten
 * password, something that does not work) count as that intent; every other banking question (top-ups, exchange
 * rates, transfers…) is {@link Intent#OTHER}, and teaches the model what is out of a shop's scope.
 */
public final class BankingIntents {

    private static final Map<String, Intent> INTENTS = new HashMap<>();

    static {
        map(Intent.REFUND, "request_refund", "Refund_not_showing_up");
        map(Intent.WHERE_IS_MY_ORDER, "card_arrival", "card_delivery_estimate");
        map(
                Intent.PAYMENT_OR_INVOICE,
                "transaction_charged_twice",
                "declined_card_payment",
                "card_payment_fee_charged",
                "extra_charge_on_statement",
                "pending_card_payment",
                "card_payment_not_recognised",
                "reverted_card_payment?",
                "apple_pay_or_google_pay",
                "card_acceptance",
                "visa_or_mastercard");
        map(Intent.ACCOUNT, "passcode_forgotten", "edit_personal_details", "terminate_account");
        map(Intent.CANCEL, "cancel_transfer");
        map(Intent.DAMAGED_OR_FAULTY, "card_not_working", "virtual_card_not_working", "contactless_not_working");
    }

    private BankingIntents() {}

    private static void map(Intent intent, String... categories) {
        for (String category : categories) {
            INTENTS.put(category, intent);
        }
    }

    /** The shop intent of a Banking77 category. */
    public static Intent of(String category) {
        return INTENTS.getOrDefault(category, Intent.OTHER);
    }

    /**
     * The texts relabelled with shop intents, at most {@code perCategory} of each category that maps to an intent and
     * {@code perOtherCategory} of each that does not (in file order).
     */
    public static List<LabelledText> relabel(List<LabelledText> texts, int perCategory, int perOtherCategory) {
        Map<String, Integer> taken = new HashMap<>();
        List<LabelledText> out = new ArrayList<>();
        for (LabelledText text : texts) {
            int cap = of(text.label()) == Intent.OTHER ? perOtherCategory : perCategory;
            if (taken.merge(text.label(), 1, Integer::sum) <= cap) {
                out.add(new LabelledText(text.text(), of(text.label()).name()));
            }
        }
        return out;
    }
}
