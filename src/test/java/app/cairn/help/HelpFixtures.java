package app.cairn.help;

import app.cairn.textanalysis.Intent;

/** Help articles and self-service set-ups for tests. */
public final class HelpFixtures {

    private HelpFixtures() {}

    /** A published English article answering "where is my order". */
    public static HelpArticle trackingArticle(HelpArticles articles, String marker) {
        HelpArticle saved = articles.save(
                HelpArticle.draft(
                        "Tracking your parcel " + marker,
                        "<h2>Where is my order?</h2><p>Every parcel ships within two days. Open the <a"
                                + " href=\"https://shop.example/track\">tracking page</a> with your order number.</p>",
                        "en",
                        "Delivery",
                        Intent.WHERE_IS_MY_ORDER),
                "test");
        articles.publish(saved.id(), "test");
        return articles.find(saved.id()).orElseThrow();
    }

    /** Answers new "where is my order" tickets at once when the model is at least half sure. */
    public static void answerTrackingAtOnce(SelfService selfService) {
        selfService.save(new IntentSetting(Intent.WHERE_IS_MY_ORDER, SelfServiceMode.AUTO, 0.5));
    }

    /** Self-service back to what a new shop has: articles suggested to agents, nothing sent, for every intent. */
    public static void suggestOnly(SelfService selfService) {
        for (Intent intent : Intent.values()) {
            selfService.save(new IntentSetting(intent, SelfServiceMode.SUGGEST, IntentSetting.DEFAULT_THRESHOLD));
        }
    }
}
