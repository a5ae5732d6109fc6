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
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Users: sign-in lookup, lockout after repeated failures, and administration. */
@Service
@Transactional
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final int maxFailures;
    private final int lockoutMinutes;

    UserAccounts(AppUserRepository users, PasswordEncoder encoder, AuditLog audit,
                 @Value("${xomantoan.security.max-failed-logins:5}") int maxFailures,
                 @Value("${xomantoan.security.lockout-minutes:15}") int lockoutMinutes) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
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

    public AppUser create(String username, String rawPassword, String fullName, Role role, Long homeUnitId, boolean demo) {
        List<Problem> problems = new ArrayList<>();
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            problems.add(new Problem("username", "user.error.username", null));
        } else if (users.findByUsernameIgnoreCase(name).isPresent()) {
            problems.add(new Problem("username", "user.error.usernameTaken", new Object[]{name}));
        }
        checkPassword(rawPassword, problems);
        if (fullName == null || fullName.isBlank()) {
            problems.add(new Problem("fullName", "user.error.fullName", null));
        }
        if (role == null) {
            problems.add(new Problem("role", "user.error.role", null));
        } else if (role != Role.ADMIN && homeUnitId == null) {
            problems.add(new Problem("homeUnitCode", "user.error.homeUnit", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        AppUser u = users.save(new AppUser(name, encoder.encode(rawPassword), fullName.trim(), role, homeUnitId, demo));
        audit.record(AuditAction.CREATE, "AppUser", u.getId(), "Tạo tài khoản " + name, null, describe(u));
        return u;
    }

    public void update(long id, long rowVersion, String fullName, Role role, Long homeUnitId, boolean enabled, boolean unlock) {
        AppUser u = users.findById(id).orElseThrow(vn.xomantoan.shared.NotFound::new);
        if (u.getRowVersion() != rowVersion) {
            throw ValidationFailure.of(null, "error.concurrentChange");
        }
        if (role != Role.ADMIN && homeUnitId == null) {
            throw ValidationFailure.of("homeUnitCode", "user.error.homeUnit");
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
        AppUser u = users.findById(id).orElseThrow(vn.xomantoan.shared.NotFound::new);
        u.setPasswordHash(encoder.encode(rawPassword));
        audit.record(AuditAction.PASSWORD_CHANGE, "AppUser", u.getId(), "Đổi mật khẩu " + u.getUsername(), null, null);
    }

    public long count() {
        return users.count();
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
