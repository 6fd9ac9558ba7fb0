package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.internal.templates.HtmlSafety;
import org.junit.jupiter.api.Test;

class HtmlSafetyTest {

    @Test
    void inlineStylesKeepLayoutButNothingThatLoadsRunsOrCoversTheMailProgram() {
        String cleaned = HtmlSafety.clean("""
                        <p style="color: #333; font-size: 14px; position: fixed; top: 0; z-index: 9999">Hi</p>
                        <table><tr><td style="background: url(https://tracker.example/p.gif); padding: 8px">x</td></tr></table>
                        <div style="width: expression(alert(1)); margin: 0 auto">y</div>
                        <span style="behavior: url(x.htc); color: red\\0000">z</span>""").body().html();

        assertThat(cleaned)
                .contains("color: #333;")
                .contains("font-size: 14px;")
                .contains("padding: 8px;")
                .contains("margin: 0 auto;")
                .doesNotContain("position")
                .doesNotContain("z-index")
                .doesNotContain("url(")
                .doesNotContain("expression")
                .doesNotContain("behavior")
                .doesNotContain("\\0000");
    }
}
