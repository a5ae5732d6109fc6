package vn.xomantoan.identity.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Users: sign-in lookup, lockout after repeated failures, and administration. */
@Service
@Transactional
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final UnitDirectory units;
    private final int maxFailures;
    private final int lockoutMinutes;

    UserAccounts(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, UnitDirectory units,
                 @Value("${xomantoan.security.max-failed-logins:5}") int maxFailures,
                 @Value("${xomantoan.security.lockout-minutes:15}") int lockoutMinutes) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.units = units;
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockoutMinutes;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new CurrentUser(u.getId(), u.getUsername(), u.getPasswordHash(), u.isEnabled(),
                !u.lockedAt(LocalDateTime.now()), u.getFullName(), u.getRole(), u.getHomeUnitId());
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(u -> {
            u.recordFailure(maxFailures, LocalDateTime.now().plusMinutes(lockoutMinutes));
            boolean locked = u.lockedAt(LocalDateTime.now());
            audit.record(locked ? AuditAction.LOCKED : AuditAction.LOGIN_FAILED, "AppUser", u.getId(),
                    locked ? "Khóa tài khoản " + u.getUsername() + " sau nhiều lần đăng nhập sai"
                            : "Đăng nhập sai mật khẩu: " + u.getUsername(), null, null);
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(u -> {
            if (u.getFailedAttempts() > 0) {
                u.recordSuccess();
            }
        });
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(long id) {
        return users.findById(id);
    }

    public AppUser create(String username, String rawPassword, String fullName, Role role, Long homeUnitId, boolean demo) {
        List<Problem> problems = problemsCreating(username, rawPassword, fullName, role, homeUnitId);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        String name = normaliseUsername(username);
        AppUser u = users.save(new AppUser(name, encoder.encode(rawPassword), fullName.trim(), role, homeUnitId, demo));
        audit.record(AuditAction.CREATE, "AppUser", u.getId(), "Tạo tài khoản " + name, null, describe(u));
        return u;
    }

    /**
     * What would stop {@link #create} from storing this user, without storing anything, so a form can
     * show every problem at once (together with its own, such as an unknown unit code).
     */
    @Transactional(readOnly = true)
    public List<Problem> problemsCreating(String username, String rawPassword, String fullName, Role role, Long homeUnitId) {
        List<Problem> problems = new ArrayList<>();
        String name = normaliseUsername(username);
        if (!USERNAME.matcher(name).matches()) {
            problems.add(new Problem("username", "user.error.username", null));
        } else if (users.findByUsernameIgnoreCase(name).isPresent()) {
            problems.add(new Problem("username", "user.error.usernameTaken", new Object[]{name}));
        }
        checkPassword(rawPassword, problems);
        checkProfile(fullName, role, homeUnitId, problems);
        return problems;
    }

    /** What would stop {@link #update} from storing these details (the version aside). */
    @Transactional(readOnly = true)
    public List<Problem> problemsUpdating(String fullName, Role role, Long homeUnitId) {
        List<Problem> problems = new ArrayList<>();
        checkProfile(fullName, role, homeUnitId, problems);
        return problems;
    }

    public void update(long id, long rowVersion, String fullName, Role role, Long homeUnitId, boolean enabled, boolean unlock) {
        AppUser u = users.findById(id).orElseThrow(NotFound::new);
        if (u.getRowVersion() != rowVersion) {
            throw ValidationFailure.of(null, "error.concurrentChange");
        }
        List<Problem> problems = problemsUpdating(fullName, role, homeUnitId);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Map<String, Object> before = describe(u);
        u.setFullName(fullName.trim());
        u.setRole(role);
        u.setHomeUnitId(homeUnitId);
        u.setEnabled(enabled);
        if (unlock) {
            u.unlock();
        }
        audit.record(AuditAction.UPDATE, "AppUser", u.getId(), "Sửa tài khoản " + u.getUsername(), before, describe(u));
    }

    public void changePassword(long id, String rawPassword) {
        List<Problem> problems = new ArrayList<>();
        checkPassword(rawPassword, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        AppUser u = users.findById(id).orElseThrow(NotFound::new);
        u.setPasswordHash(encoder.encode(rawPassword));
        audit.record(AuditAction.PASSWORD_CHANGE, "AppUser", u.getId(), "Đổi mật khẩu " + u.getUsername(), null, null);
    }

    public long count() {
        return users.count();
    }

    private static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private void checkProfile(String fullName, Role role, Long homeUnitId, List<Problem> problems) {
        if (fullName == null || fullName.isBlank()) {
            problems.add(new Problem("fullName", "user.error.fullName", null));
        }
        if (role == null) {
            problems.add(new Problem("role", "user.error.role", null));
        } else if (role != Role.ADMIN && homeUnitId == null) {
            problems.add(new Problem("homeUnitCode", "user.error.homeUnit", null));
        } else if (homeUnitId != null && !fits(role, units.levelOf(homeUnitId).orElse(null))) {
            problems.add(new Problem("homeUnitCode", "user.error.roleLevel." + role.name(), null));
        }
    }

    /** Which levels of home unit a role may have: the administrator any, the others their own. */
    static boolean fits(Role role, String level) {
        if (role == Role.ADMIN) {
            return true;
        }
        if (level == null) {
            return false;
        }
        Set<String> allowed = switch (role) {
            case PROVINCE_OFFICER, LEADER -> Set.of("PROVINCE", "DISTRICT", "COMMUNE");
            case COMMUNE_OFFICER -> Set.of("COMMUNE");
            case AREA_HEAD -> Set.of("RESIDENTIAL_AREA");
            case ADMIN -> Set.of();
        };
        return allowed.contains(level);
    }

    private static void checkPassword(String raw, List<Problem> problems) {
        if (raw == null || raw.length() < 8 || raw.chars().noneMatch(Character::isDigit) || raw.chars().noneMatch(Character::isLetter)) {
            problems.add(new Problem("password", "user.error.password", null));
        }
    }

    private static Map<String, Object> describe(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("fullName", u.getFullName());
        m.put("role", u.getRole().name());
        m.put("homeUnitId", u.getHomeUnitId());
        m.put("enabled", u.isEnabled());
        return m;
    }
}
