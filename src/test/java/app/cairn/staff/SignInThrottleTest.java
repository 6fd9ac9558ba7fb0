package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signs in through Spring Security's real provider chain and event publisher, against the database. */
@CairnTest
class SignInThrottleTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    MutableClock clock;

    ProviderManager signIn;

    @BeforeEach
    void signInLikeTheLoginForm() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(events);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), 5);

        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD))
                .isInstanceOf(LockedException.class);
        assertThat(staff.find(agent.id()).orElseThrow().locked()).isTrue();
    }

    @Test
    void aLockEndsAfterTheLockoutPeriod() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), 5);

        clock.advance(Duration.ofMinutes(16));

        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void anAdminCanUnlockAtOnce() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), 5);

        staff.unlock(agent.id());

        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCountAndRecordsTheTime() {
        StaffMember agent = StaffFixtures.agent(staff);
        failSignIns(agent.username(), 4);
        authenticate(agent.username(), StaffFixtures.PASSWORD);

        assertThatThrownBy(() -> authenticate(agent.username(), "wrong-password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticate(agent.username(), StaffFixtures.PASSWORD).isAuthenticated())
                .isTrue();
        assertThat(staff.find(agent.id()).orElseThrow().lastSignInAt()).isNotNull();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        StaffMember agent = StaffFixtures.agent(staff);
        staff.update(agent.id(), new StaffAccountUpdate(agent.displayName(), null, agent.roles(), false, null));

        assertThatThrownBy(() -> authenticate(agent.username(), StaffFixtures.PASSWORD))
                .isInstanceOf(DisabledException.class);
    }

    private void failSignIns(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> authenticate(username, "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication authenticate(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
