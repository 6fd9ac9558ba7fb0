package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderStatus;
import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CairnTest
class SegmentRulesTest extends SegmentTestSupport {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    SegmentFixtures shop;

    @BeforeEach
    void setUp() {
        clock.freezeAt(NOW);
        shop = newShop();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void nestedGroupsWithNotSelectExactlyTheCustomersTheyDescribe() {
        long loyalGerman = shop.customer("Ada", "DE", NOW.minus(Duration.ofDays(400)));
        shop.order(loyalGerman, NOW.minus(Duration.ofDays(100)), "90.00", OrderStatus.DELIVERED);
        shop.order(loyalGerman, NOW.minus(Duration.ofDays(10)), "60.00", OrderStatus.DELIVERED);
        long oneOrderGerman = shop.customer("Ben", "DE", NOW.minus(Duration.ofDays(50)));
        shop.order(oneOrderGerman, NOW.minus(Duration.ofDays(5)), "20.00", OrderStatus.PAID);
        long cancelledGerman = shop.customer("Cem", "DE", NOW.minus(Duration.ofDays(50)));
        shop.order(cancelledGerman, NOW.minus(Duration.ofDays(5)), "500.00", OrderStatus.CANCELLED);
        shop.order(cancelledGerman, NOW.minus(Duration.ofDays(4)), "500.00", OrderStatus.RETURNED);
        long newFrench = shop.customer("Dee", "FR", NOW.minus(Duration.ofDays(3)));

        // Germans with at least two orders, or (anyone who is NOT (in DE or FR with spend over 100)) and new
        SegmentRule rule = RuleGroup.any(
                RuleGroup.all(
                        RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE"),
                        new RuleGroup(
                                RuleGroup.Match.ALL,
                                true,
                                List.of(RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.LESS_THAN, "2")))),
                RuleGroup.all(
                        RuleGroup.none(RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "100")),
                        RuleCondition.of(RuleField.SIGNUP_DATE, RuleOperator.IN_LAST_DAYS, "7")));

        assertThat(members(rule)).containsExactlyInAnyOrder(loyalGerman, newFrench);
        assertThat(members(RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.AT_MOST, "0")))
                .as("cancelled and returned orders are not orders")
                .containsExactlyInAnyOrder(cancelledGerman, newFrench);
        assertThat(members(RuleCondition.of(RuleField.AVERAGE_ORDER_VALUE, RuleOperator.BETWEEN, "70", "80")))
                .containsExactly(loyalGerman);
        assertThat(members(RuleCondition.of(RuleField.LAST_ORDER_DATE, RuleOperator.IN_LAST_DAYS, "7")))
                .containsExactly(oneOrderGerman);
        assertThat(members(RuleCondition.of(RuleField.FIRST_ORDER_DATE, RuleOperator.IS_NOT_SET)))
                .containsExactlyInAnyOrder(cancelledGerman, newFrench);
        assertThat(members(RuleGroup.none(
                        RuleCondition.of(RuleField.FIRST_ORDER_DATE, RuleOperator.MORE_THAN_DAYS_AGO, "50"))))
                .as("NOT (first order over 50 days ago) holds for customers without orders")
                .containsExactlyInAnyOrder(oneOrderGerman, cancelledGerman, newFrench);
        assertThat(members(RuleGroup.none(RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.AT_LEAST, "100"))))
                .containsExactlyInAnyOrder(oneOrderGerman, cancelledGerman, newFrench);
    }

    @Test
    void anAbandonedCartIsACartInTheLastTwoDaysWithNoOrderSinceCountedToTheSecond() {
        Duration twoDays = Duration.ofDays(2);
        long cartJustInside = shop.customer("Eva", "DE", NOW.minus(Duration.ofDays(30)));
        shop.event(cartJustInside, EventType.ADDED_TO_CART, NOW.minus(twoDays).plusSeconds(1));
        long cartJustOutside = shop.customer("Finn", "DE", NOW.minus(Duration.ofDays(30)));
        shop.event(cartJustOutside, EventType.ADDED_TO_CART, NOW.minus(twoDays).minusSeconds(1));
        long cartThenOrder = shop.customer("Gus", "DE", NOW.minus(Duration.ofDays(30)));
        shop.event(cartThenOrder, EventType.ADDED_TO_CART, NOW.minus(Duration.ofHours(5)));
        shop.event(cartThenOrder, EventType.ORDER_PLACED, NOW.minus(Duration.ofHours(4)));
        long orderedLongAgo = shop.customer("Hal", "DE", NOW.minus(Duration.ofDays(30)));
        shop.event(orderedLongAgo, EventType.ADDED_TO_CART, NOW.minus(Duration.ofHours(1)));
        shop.event(orderedLongAgo, EventType.ORDER_PLACED, NOW.minus(Duration.ofDays(3)));

        SegmentRule abandoned = RuleGroup.all(
                RuleCondition.keyed(RuleField.EVENT, "ADDED_TO_CART", RuleOperator.COUNT_AT_LEAST, "1")
                        .within(2),
                RuleCondition.keyed(RuleField.EVENT, "ORDER_PLACED", RuleOperator.COUNT_AT_MOST, "0")
                        .within(2));

        assertThat(members(abandoned)).containsExactlyInAnyOrder(cartJustInside, orderedLongAgo);
        clock.freezeAt(NOW.plusSeconds(2));
        assertThat(members(abandoned))
                .as("a second later the first cart is too old")
                .containsExactly(orderedLongAgo);
    }

    @Test
    void hostileValuesAreOnlyEverComparedAsData() {
        long plain = shop.customer("Ivy", "DE", NOW);
        long percent = shop.customer("100%", "DE", NOW);

        for (String hostile : List.of(
                "x' OR '1'='1",
                "'; DROP TABLE customer; --",
                "\\",
                "\") OR 1=1 #",
                "_",
                "Ivy' UNION SELECT id FROM staff_account --")) {
            assertThat(members(RuleCondition.of(RuleField.FIRST_NAME, RuleOperator.EQUALS, hostile)))
                    .as(hostile)
                    .isEmpty();
            assertThat(members(RuleCondition.of(RuleField.FIRST_NAME, RuleOperator.CONTAINS, hostile)))
                    .as(hostile)
                    .isEmpty();
            assertThat(members(RuleCondition.keyed(RuleField.ATTRIBUTE, hostile, RuleOperator.IS_SET)))
                    .as(hostile)
                    .isEmpty();
        }
        assertThat(members(RuleCondition.of(RuleField.FIRST_NAME, RuleOperator.CONTAINS, "%")))
                .as("a % is a character to look for, not a wildcard")
                .containsExactly(percent);
        assertThat(members(RuleCondition.of(RuleField.FIRST_NAME, RuleOperator.STARTS_WITH, "Iv")))
                .containsExactly(plain);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE id = ?", Long.class, plain))
                .isOne();
    }

    @Test
    void aSegmentThatRefersToItselfDirectlyOrThroughOthersIsRefused() {
        Segment germans = segments.create(
                "Germans " + shop.tag, null, shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE")));
        Segment loyalGermans = segments.create(
                "Loyal Germans " + shop.tag,
                null,
                RuleGroup.all(
                        RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, String.valueOf(germans.id())),
                        RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.AT_LEAST, "2")));

        SegmentRule throughOther = RuleGroup.all(
                RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, String.valueOf(loyalGermans.id())));
        assertThatThrownBy(() -> segments.update(germans.id(), germans.name(), null, throughOther))
                .isInstanceOf(SegmentRuleException.class)
                .satisfies(e -> assertThat(((SegmentRuleException) e).problems())
                        .containsExactly(RuleProblem.at("1", "segment.rule.cycle", loyalGermans.id())));
        SegmentRule itself = RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS_NOT, String.valueOf(germans.id()));
        assertThat(segments.check(itself, germans.id()))
                .containsExactly(RuleProblem.at("", "segment.rule.cycle", germans.id()));
        assertThat(segments.check(itself, null))
                .as("the same rule in another segment is fine")
                .isEmpty();
    }

    @Test
    void everyProblemOfARuleIsNamedWithWhereItIs() {
        SegmentRule rule = RuleGroup.all(
                RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "a lot"),
                RuleGroup.any(
                        RuleCondition.of(RuleField.COUNTRY, RuleOperator.GREATER_THAN, "DE"),
                        RuleCondition.of(RuleField.CITY, RuleOperator.EQUALS)),
                RuleCondition.keyed(RuleField.EVENT, "TELEPORTED", RuleOperator.COUNT_AT_LEAST, "1"),
                RuleCondition.of(RuleField.SIGNUP_DATE, RuleOperator.BETWEEN, "2026-01-01"),
                RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, "999999999"),
                new RuleGroup(RuleGroup.Match.ANY, false, List.of()));

        assertThat(segments.check(rule, null))
                .extracting(RuleProblem::path, RuleProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "segment.rule.value-type"),
                        org.assertj.core.groups.Tuple.tuple("2.1", "segment.rule.operator-not-allowed"),
                        org.assertj.core.groups.Tuple.tuple("2.2", "segment.rule.value-missing"),
                        org.assertj.core.groups.Tuple.tuple("3", "segment.rule.event-unknown"),
                        org.assertj.core.groups.Tuple.tuple("4", "segment.rule.two-values"),
                        org.assertj.core.groups.Tuple.tuple("6", "segment.rule.group-empty"));
        assertThat(segments.check(RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, "999999999"), null))
                .containsExactly(RuleProblem.at("", "segment.rule.segment-unknown", 999999999L));
        assertThatThrownBy(() -> segments.count(rule, null)).isInstanceOf(SegmentRuleException.class);
    }

    @Test
    void aRebuildRecordsWhoLeftAsTimePassedWhileSingleChangesEnterAtOnce() {
        long stays = shop.customer("Jan", "DE", NOW.minus(Duration.ofDays(1)));
        long leaves = shop.customer("Kim", "DE", NOW.minus(Duration.ofDays(6)));
        Segment recent = segments.create(
                "Signed up this week " + shop.tag,
                null,
                shop.only(RuleCondition.of(RuleField.SIGNUP_DATE, RuleOperator.IN_LAST_DAYS, "7")));

        MembershipChange first = segments.rebuild(recent.id());
        clock.freezeAt(NOW.plus(Duration.ofDays(2)));
        // a single change: worked out at once, before any rebuild
        long joins = shop.customer("Lea", "DE", NOW.plus(Duration.ofDays(1)));
        assertThat(membership.memberIds(recent.id(), 0, 10)).contains(joins).contains(leaves);
        MembershipChange second = segments.rebuild(recent.id());

        assertThat(first.entered()).isEqualTo(2);
        assertThat(first.members()).isEqualTo(2);
        assertThat(second.entered()).isZero();
        assertThat(second.exited()).as("eight days after signing up").isEqualTo(1);
        assertThat(Set.copyOf(membership.memberIds(recent.id(), 0, 10))).containsExactlyInAnyOrder(stays, joins);
        assertThat(segments.find(recent.id()).orElseThrow().members()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT customer_id FROM segment_membership_period WHERE segment_id = ? AND exited_at = ?",
                        Long.class,
                        recent.id(),
                        java.time.LocalDateTime.ofInstant(NOW.plus(Duration.ofDays(2)), java.time.ZoneOffset.UTC)))
                .as("the membership that ended, closed at the rebuild")
                .containsExactly(leaves);
    }

    @Test
    void aStaticSegmentKeepsItsListAndOtherRulesCanUseIt() {
        long listed = shop.customer("Mo", "DE", NOW);
        long other = shop.customer("Nia", "DE", NOW);
        Segment vip = segments.createStatic("VIP list " + shop.tag, "picked by hand");
        lists.addMembers(vip.id(), List.of(listed));

        assertThat(members(RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, String.valueOf(vip.id()))))
                .containsExactly(listed);
        assertThat(members(RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS_NOT, String.valueOf(vip.id()))))
                .containsExactly(other);
    }

    @Test
    void theMembersDownloadAsCsvWithFormulasNeutralised() throws Exception {
        long plain = shop.customer("Vic", "DE", NOW);
        long hostile = shop.customer("=HYPERLINK(\"http://evil\")", "DE", NOW);
        Segment all = segments.create(
                "Export " + shop.tag, null, shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE")));
        segments.rebuild(all.id());

        var out = new java.io.ByteArrayOutputStream();
        membership.writeMembers(all.id(), out);

        List<String> lines =
                out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFcustomer,email,first_name,last_name,country,city,entered_at");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(plain + ",").contains(",Vic,Test,DE,Town,");
        assertThat(lines.get(2)).startsWith(hostile + ",").contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
        assertThat(membership.members(all.id(), 0, 10)).extracting(c -> c.id()).containsExactly(plain, hostile);
    }

    /** The fixture's customers the rule matches, through a saved segment's rebuild and the live count. */
    private Set<Long> members(SegmentRule rule) {
        SegmentRule limited = shop.only(rule);
        Segment segment = segments.create("Test " + shop.tag + " " + System.nanoTime(), null, limited);
        segments.rebuild(segment.id());
        Set<Long> members = new HashSet<>(membership.memberIds(segment.id(), 0, 1000));
        assertThat(segments.count(limited, null)).as("the live count agrees").isEqualTo(members.size());
        return members;
    }
}
