package app.cairn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FriendlyErrorHandlerTest {

    @Test
    void logsTheFullErrorUnderAReference(CapturedOutput output) {
        new FriendlyErrorHandler().error(new ErrorEvent(new IllegalStateException("disk on fire")));

        assertThat(output.getAll())
                .containsPattern("Unhandled error in the UI \\[ref [0-9a-f]{8}]")
                .contains("java.lang.IllegalStateException: disk on fire")
                .contains("at app.cairn.platform.web.FriendlyErrorHandlerTest");
    }

    @Test
    void referencesAreShortAndDistinct() {
        assertThat(FriendlyErrorHandler.newReference()).hasSize(8).isNotEqualTo(FriendlyErrorHandler.newReference());
    }
}
