package app.cairn.journey.internal.entries;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.CustomerZones;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.internal.engine.WaitTimes;
import app.cairn.journey.step.EntryStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Date entries: a customer enters when their day (birthday, or the anniversary of signing up, both as dates in
 * their own time zone) reaches the step's time there (09:00 unless set), once that day. Read every few minutes, so a customer enters
 * within that many minutes of the time; a day missed while Cairn was down is caught up within a day.
 */
@Component
public class DateEntries {

    public static final int PAGE = 1000;
    /** A customer enters a date journey at most once in this many days (once a year, with room for time zones). */
    public static final int ONCE_IN_DAYS = 300;

    private final JourneyPlans plans;
    private final JourneyEntries entries;
    private final CustomerManagement customers;
    private final CustomerZones zones;
    private final Clock clock;

    public DateEntries(
            JourneyPlans plans,
            JourneyEntries entries,
            CustomerManagement customers,
            CustomerZones zones,
            Clock clock) {
        this.zones = zones;
        this.plans = plans;
        this.entries = entries;
        this.customers = customers;
        this.clock = clock;
    }

    /** Enrols everyone whose day has come in the live date journeys; answers how many entered. */
    public int enrolDue() {
        int entered = 0;
        for (JourneyPlans.Running journey : plans.running()) {
            JourneyNode entry = journey.live().entry();
            if (journey.status() == JourneyStatus.LIVE && entry.type() == NodeType.ENTRY_DATE) {
                entered += enrolDue(journey.live(), entry);
            }
        }
        return entered;
    }

    private int enrolDue(JourneyPlan plan, JourneyNode entry) {
        Instant now = clock.instant();
        EntryStep.OnDate day = entry.step(EntryStep.OnDate.class);
        boolean birthday = !day.signup();
        List<Long> candidates = customers.idsByAnniversary(birthday, days(now));
        ZoneId defaultZone = zones.defaultZone();
        int entered = 0;
        for (int from = 0; from < candidates.size(); from += PAGE) {
            List<Long> page = candidates.subList(from, Math.min(candidates.size(), from + PAGE));
            List<Long> due = new ArrayList<>();
            for (CustomerContact contact : customers.contacts(page)) {
                ZoneId zone = CustomerZones.of(contact, defaultZone);
                LocalDate date = birthday
                        ? contact.birthday()
                        : contact.signupAt().atZone(zone).toLocalDate();
                Instant occasion = WaitTimes.nextAnniversary(now.minus(Duration.ofDays(1)), date, day.at(), zone);
                if (!occasion.isAfter(now)) {
                    due.add(contact.id());
                }
            }
            entered += entries.enrolForDay(plan, due, ONCE_IN_DAYS).size();
        }
        return entered;
    }

    /**
     * The days of the year whose customers may have their day now somewhere on earth, read by the UTC date: a
     * birthday is a local date (today give or take one), a signup time is stored in UTC and its local date may be
     * a day off again, hence two days either side (and 29 February on 28 February of other years).
     */
    public static Set<MonthDay> days(Instant now) {
        Set<MonthDay> days = new HashSet<>();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = today.minusDays(2); !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
            days.add(MonthDay.from(day));
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                days.add(MonthDay.of(2, 29));
            }
        }
        return days;
    }
}
