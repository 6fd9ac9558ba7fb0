package app.cairn.help.internal;

import app.cairn.help.IntentSetting;
import app.cairn.help.SelfServiceMode;
import app.cairn.textanalysis.Intent;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Self-service per intent in {@code help_intent_setting}; an intent without a row suggests articles to agents. */
@Component
public class SettingStore {

    private final JdbcClient jdbc;

    public SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every intent's setting. */
    public Map<Intent, IntentSetting> all() {
        Map<Intent, IntentSetting> settings = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            settings.put(intent, new IntentSetting(intent, SelfServiceMode.SUGGEST, IntentSetting.DEFAULT_THRESHOLD));
        }
        jdbc.sql("SELECT intent, mode, threshold FROM help_intent_setting")
                .query((rs, n) -> new IntentSetting(
                        Intent.valueOf(rs.getString(1)), SelfServiceMode.valueOf(rs.getString(2)), rs.getDouble(3)))
                .list()
                .forEach(s -> settings.put(s.intent(), s));
        return settings;
    }

    public void save(IntentSetting setting) {
        jdbc.sql("""
                        INSERT INTO help_intent_setting (intent, mode, threshold) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE mode = VALUES(mode), threshold = VALUES(threshold)""")
                .params(setting.intent().name(), setting.mode().name(), setting.threshold())
                .update();
    }
}
