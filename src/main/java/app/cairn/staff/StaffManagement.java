package app.cairn.staff;

import app.cairn.shared.StaffRole;
import app.cairn.shared.StorableText;
import app.cairn.shared.jdbc.LikePatterns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, disables and lists staff accounts. Every change is checked against
 * {@link StaffAccountRules}; a refused change throws {@link StaffAccountException} and writes nothing.
 * At least one enabled admin always remains.
 */
@Service
@Transactional
public class StaffManagement {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final Clock clock;

    StaffManagement(
            StaffAccountRepository accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Creates an enabled account.
     *
     * @throws StaffAccountException when a rule is broken or the user name is taken
     */
    public StaffMember create(NewStaffAccount account) {
        String username = StaffAccountRules.normaliseUsername(account.username());
        check(StaffAccountRules.usernameProblem(username));
        checkDetails(account.displayName(), account.email(), account.roles());
        check(StaffAccountRules.passwordProblem(account.password()));
        if (accounts.existsByUsername(username)) {
            throw new StaffAccountException("staff.error.username-taken", username);
        }
        Instant now = clock.instant();
        StaffAccount created = new StaffAccount(
                username,
                account.displayName().strip(),
                blankToNull(account.email()),
                passwordEncoder.encode(account.password()),
                account.roles(),
                now);
        try {
            return member(accounts.saveAndFlush(created));
        } catch (DataIntegrityViolationException raced) {
            throw new StaffAccountException("staff.error.username-taken", username);
        }
    }

    /**
     * Changes an account's details, roles, status and, when given, its password.
     *
     * @throws StaffAccountException when a rule is broken, the account is unknown, or the change would leave
     *     no enabled admin
     */
    public StaffMember update(long id, StaffAccountUpdate update) {
        StaffAccount account = load(id);
        checkDetails(update.displayName(), update.email(), update.roles());
        boolean changesPassword =
                update.newPassword() != null && !update.newPassword().isEmpty();
        if (changesPassword) {
            check(StaffAccountRules.passwordProblem(update.newPassword()));
        }
        boolean staysActiveAdmin = update.enabled() && update.roles().contains(StaffRole.ADMIN);
        boolean isActiveAdmin = account.isEnabled() && account.getRoles().contains(StaffRole.ADMIN);
        if (isActiveAdmin && !staysActiveAdmin && accounts.countEnabledWithRole(StaffRole.ADMIN) <= 1) {
            throw new StaffAccountException("staff.error.last-admin");
        }
        Instant now = clock.instant();
        account.change(
                update.displayName().strip(), blankToNull(update.email()), update.roles(), update.enabled(), now);
        if (changesPassword) {
            account.changePassword(passwordEncoder.encode(update.newPassword()), now);
        }
        return member(accounts.saveAndFlush(account));
    }

    /** Lets every source try the account's user name again at once, after too many failed sign-ins. */
    public StaffMember unlock(long id) {
        StaffAccount account = load(id);
        throttle.clear(account.getUsername());
        return member(account);
    }

    /** The account with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(long id) {
        return accounts.findById(id).map(this::member);
    }

    /** The account with this user name (as typed at sign-in), if any. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByUsername(String username) {
        return accounts.findByUsername(StaffAccountRules.normaliseUsername(username))
                .map(this::member);
    }

    /**
     * One page of accounts whose user name, display name or e-mail contains {@code filter}.
     *
     * @param pageable page and sort; sortable properties are {@code username}, {@code displayName},
     *     {@code email}, {@code lastSignInAt}, {@code createdAt}
     */
    @Transactional(readOnly = true)
    public List<StaffMember> page(String filter, Pageable pageable) {
        return accounts.search(pattern(filter), pageable).map(this::member).getContent();
    }

    private StaffMember member(StaffAccount account) {
        return account.toMember(throttle.isWaiting(account.getUsername()));
    }

    /** How many accounts {@link #page} would list for this filter. */
    @Transactional(readOnly = true)
    public long count(String filter) {
        return accounts.countMatching(pattern(filter));
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new StaffAccountException("staff.error.not-found", id));
    }

    private static void checkDetails(String displayName, String email, java.util.Set<StaffRole> roles) {
        if (!StorableText.storable(displayName)) {
            throw new StaffAccountException(
                    "shared.error.text-unstorable", new StorableText.Translatable("staff.field.display-name"));
        }
        check(StaffAccountRules.displayNameProblem(displayName));
        check(StaffAccountRules.emailProblem(email));
        check(StaffAccountRules.rolesProblem(roles));
    }

    private static void check(Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new StaffAccountException(key);
        });
    }

    private static String pattern(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return LikePatterns.containing(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
