package app.cairn.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationFieldTest {

    @Test
    void readsWholeMinutesHoursDaysAndWeeksAndNothingElse() {
        assertThat(DurationField.parts("PT30M")).isEqualTo(new DurationField.Parts(30, "minutes"));
        assertThat(DurationField.parts("pt4h")).isEqualTo(new DurationField.Parts(4, "hours"));
        assertThat(DurationField.parts("P2D")).isEqualTo(new DurationField.Parts(2, "days"));
        assertThat(DurationField.parts("P1W")).isEqualTo(new DurationField.Parts(1, "weeks"));
        assertThat(DurationField.parts("P1DT2H")).isNull();
        assertThat(DurationField.parts("")).isNull();
        assertThat(DurationField.parts(null)).isNull();
    }

    @Test
    void writesTheIsoTextTheEngineReads() {
        DurationField field = new DurationField("Wait");
        field.amount().setValue(3);
        field.unit().setValue("hours");
        assertThat(field.generateModelValue()).isEqualTo("PT3H");
        field.unit().setValue("weeks");
        assertThat(field.generateModelValue()).isEqualTo("P3W");
        field.amount().clear();
        assertThat(field.generateModelValue()).isEmpty();
    }
}
