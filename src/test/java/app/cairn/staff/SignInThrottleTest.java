package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signs in through Cairn's real provider and Spring Security's event publisher, against the database. */
@CairnTest
class SignInThrottleTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    @Autowired
    StaffManagement staff;

    @Autowired
    ThrottledSignIn provider;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    ProviderManager signIn;

    @BeforeEach
    void signInLikeTheLoginForm() {
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(events);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterFiveWrongPasswordsTheSourceWaitsEvenWithTheRightOne() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), HOME, 5);

        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD, HOME))
                .isInstanceOf(LockedException.class);
        assertThat(staff.find(agent.id()).orElseThrow().locked()).isTrue();
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureAndThenEnds() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), HOME, 5);

        clock.advance(Duration.ofSeconds(31));
        failSignIns(agent.username(), HOME, 1);
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD, HOME))
                .as("the sixth failure made the wait a minute")
                .isInstanceOf(LockedException.class);
        clock.advance(Duration.ofSeconds(30));

        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD, HOME).isAuthenticated())
                .isTrue();
    }

    @Test
    void failuresFromOneAddressDoNotKeepTheOwnerOutFromAnother() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), HOME, 5);
        for (int i = 0; i < 7; i++) {
            assertThatThrownBy(() -> authenticate(agent.username(), "wrong-password", HOME))
                    .isInstanceOf(LockedException.class);
        }

        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD, ELSEWHERE)
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void parallelWrongPasswordsGetNoMorePasswordChecksThanOneAfterAnother() throws Exception {
        StaffMember agent = StaffFixtures.agent(staff);
        int burst = 30;
        ExecutorService threads = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        authenticate(agent.username(), "wrong-password", HOME);
                        return Authentication.class;
                    } catch (RuntimeException refused) {
                        return refused.getClass();
                    }
                }));
            }
            start.countDown();
            List<Class<?>> refusals = new ArrayList<>();
            for (Future<Class<?>> outcome : outcomes) {
                refusals.add(outcome.get());
            }

            assertThat(refusals)
                    .filteredOn(BadCredentialsException.class::equals)
                    .hasSize(5);
            assertThat(refusals).filteredOn(LockedException.class::equals).hasSize(burst - 5);
        } finally {
            threads.shutdownNow();
        }
        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD, HOME))
                .isInstanceOf(LockedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_sign_in WHERE account_id = ? AND succeeded = FALSE")
                        .param(agent.id())
                        .query(Long.class)
                        .single())
                .as("every attempt is on record")
                .isEqualTo(burst + 1L);
    }

    @Test
    void anUnknownUserNameIsAnsweredExactlyLikeAKnownOneWithAWrongPassword() {
        StaffMember agent = StaffFixtures.agent(staff);
        String unknown = "nobody-" + agent.username();

        Throwable known = catchRefusal(agent.username(), "wrong-password");
        Throwable stranger = catchRefusal(unknown, "wrong-password");

        assertThat(stranger).isInstanceOf(known.getClass()).hasMessage(known.getMessage());
        failSignIns(unknown, HOME, 5);
        assertThatThrownBy(() -> authenticate(unknown, "wrong-password", HOME))
                .as("an unknown name waits as a known one does")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aDisabledAccountIsToldOnlyToSomeoneWhoKnowsItsPassword() {
        StaffMember agent = StaffFixtures.agent(staff);
        staff.update(agent.id(), new StaffAccountUpdate(agent.displayName(), null, agent.roles(), false, null));

        assertThatThrownBy(() -> authenticate(agent.username(), "wrong-password", HOME))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD, HOME))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void anAdminCanLetEveryAddressInAtOnce() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), HOME, 5);

        staff.unlock(agent.id());

        assertThat(staff.find(agent.id()).orElseThrow().locked()).isFalse();
        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD, HOME).isAuthenticated())
                .isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndRecordsTheTime() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), HOME, 4);
        authenticate(agent.username(), StaffFixtures.PASSWORD, HOME);

        failSignIns(agent.username(), HOME, 4);
        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD, HOME).isAuthenticated())
                .isTrue();
        assertThat(staff.find(agent.id()).orElseThrow().lastSignInAt()).isNotNull();
    }

    private void failSignIns(String username, String source, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> authenticate(username, "wrong-password", source))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Throwable catchRefusal(String username, String password) {
        try {
            authenticate(username, password, ELSEWHERE);
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("signed in as " + username);
    }

    private Authentication authenticate(String username, String password, String source) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(source, null));
        return signIn.authenticate(attempt);
    }
}
