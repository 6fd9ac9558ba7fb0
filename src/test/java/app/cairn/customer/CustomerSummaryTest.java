package app.cairn.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerSummaryTest {

    @Test
    void writesChineseNamesFamilyNameFirstWithoutASpace() {
        assertThat(summary("洋", "陈", null).displayName()).isEqualTo("陈洋");
        assertThat(summary("Anna", "Schmidt", null).displayName()).isEqualTo("Anna Schmidt");
    }

    @Test
    void fallsBackToTheEmailAddressWithoutAName() {
        assertThat(summary(null, null, "a@example.com").displayName()).isEqualTo("a@example.com");
        assertThat(summary(null, "Schmidt", null).displayName()).isEqualTo("Schmidt");
    }

    private static CustomerSummary summary(String first, String last, String email) {
        return new CustomerSummary(1, first, last, email, null, null, null);
    }
}
