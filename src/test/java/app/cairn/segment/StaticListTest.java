package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.shared.RefusedException;
import app.cairn.testing.CairnTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class StaticListTest extends SegmentTestSupport {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final Instant SIGNUP = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void aFileWithAnEmailColumnAddsTheCustomersItNamesAndReportsTheRestByLine() {
        SegmentFixtures shop = newShop();
        long ada = shop.customer("Ada", "DE", SIGNUP);
        long bo = shop.customer("Bo", "DE", SIGNUP);
        Segment list = segments.createStatic("List " + shop.tag, null);
        lists.addMembers(list.id(), List.of(bo));
        String csv = "name;email\n"
                + "Ada;" + email(ada).toUpperCase(java.util.Locale.ROOT) + "\n"
                + "Bo;" + email(bo) + "\n"
                + "\n"
                + "Nobody;nobody-" + shop.tag + "@example.com\n"
                + "Broken;not an address\n";

        ListUpload upload = lists.addMembersFromFile(list.id(), file(csv));

        assertThat(upload.rows()).isEqualTo(4);
        assertThat(upload.added()).isEqualTo(1);
        assertThat(upload.alreadyMembers()).isEqualTo(1);
        assertThat(upload.notFound()).isEqualTo(2);
        assertThat(upload.problems())
                .containsExactly(
                        new ListUpload.ListProblem(5, "nobody-" + shop.tag + "@example.com"),
                        new ListUpload.ListProblem(6, "not an address"));
        assertThat(upload.members()).isEqualTo(2);
        assertThat(membership.memberIds(list.id(), 0, 10)).containsExactlyInAnyOrder(ada, bo);
        assertThat(segments.find(list.id()).orElseThrow().members()).isEqualTo(2);
    }

    @Test
    void theDownloadOfOneSegmentUploadsIntoAListWithTheSameMembers() throws Exception {
        SegmentFixtures shop = newShop();
        long ada = shop.customer("Ada", "FR", SIGNUP);
        long bo = shop.customer("Bo", "FR", SIGNUP);
        shop.customer("Cy", "IT", SIGNUP);
        Segment french = segments.create(
                "French " + shop.tag, null, shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "FR")));
        segments.rebuild(french.id());
        ByteArrayOutputStream download = new ByteArrayOutputStream();
        membership.writeMembers(french.id(), download);
        Segment copy = segments.createStatic("Copy " + shop.tag, null);

        ListUpload upload = lists.addMembersFromFile(copy.id(), new ByteArrayInputStream(download.toByteArray()));

        assertThat(upload.added()).isEqualTo(2);
        assertThat(upload.notFound()).isZero();
        assertThat(membership.memberIds(copy.id(), 0, 10)).containsExactlyInAnyOrder(ada, bo);
    }

    @Test
    void aFileWithoutHeaderListsNumbersOrAddressesAndMembersCanBeTakenOut() {
        SegmentFixtures shop = newShop();
        long ada = shop.customer("Ada", "DE", SIGNUP);
        long bo = shop.customer("Bo", "DE", SIGNUP);
        Segment list = segments.createStatic("Plain " + shop.tag, null);

        ListUpload upload = lists.addMembersFromFile(list.id(), file(ada + "\n" + email(bo) + "\n999999999\n"));

        assertThat(upload.added()).isEqualTo(2);
        assertThat(upload.problems()).containsExactly(new ListUpload.ListProblem(3, "999999999"));

        MembershipChange change = lists.removeMembers(list.id(), List.of(ada));

        assertThat(change.exited()).isEqualTo(1);
        assertThat(change.members()).isEqualTo(1);
        assertThat(membership.memberIds(list.id(), 0, 10)).containsExactly(bo);
        assertThat(jdbc.queryForList(
                        "SELECT customer_id FROM segment_membership_period WHERE segment_id = ?",
                        Long.class,
                        list.id()))
                .as("the ended membership is kept with its times")
                .containsExactly(ada);
    }

    @Test
    void oneCustomerAddedByHandIsFoundByNumberOrAddressAndAnythingElseIsNotFound() {
        SegmentFixtures shop = newShop();
        long ada = shop.customer("Ada", "DE", SIGNUP);
        Segment list = segments.createStatic("By hand " + shop.tag, null);

        assertThat(lists.addMember(list.id(), " " + email(ada).toUpperCase(java.util.Locale.ROOT) + " "))
                .isEqualTo(SegmentLists.Listing.ADDED);
        assertThat(lists.addMember(list.id(), String.valueOf(ada))).isEqualTo(SegmentLists.Listing.ALREADY_MEMBER);
        assertThat(lists.addMember(list.id(), "999999999")).isEqualTo(SegmentLists.Listing.NOT_FOUND);
        assertThat(lists.addMember(list.id(), "12345678901234567890123"))
                .as("too long for a customer number")
                .isEqualTo(SegmentLists.Listing.NOT_FOUND);
        assertThat(lists.addMember(list.id(), "")).isEqualTo(SegmentLists.Listing.NOT_FOUND);
        assertThat(segments.find(list.id()).orElseThrow().members()).isOne();
    }

    @Test
    void aRuleSegmentTakesNoListAndAnEmptyFileIsRefused() {
        SegmentFixtures shop = newShop();
        Segment rule = segments.create(
                "Rule " + shop.tag, null, shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE")));
        Segment list = segments.createStatic("Empty " + shop.tag, null);

        assertThatThrownBy(() -> lists.addMembersFromFile(rule.id(), file("1\n")))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "segment.rules-not-listed");
        assertThatThrownBy(() -> lists.addMembersFromFile(list.id(), file("")))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "segment.list.empty");
    }

    private String email(long customer) {
        return customers.find(customer).orElseThrow().email();
    }

    private static ByteArrayInputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
