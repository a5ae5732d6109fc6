package vn.xomantoan.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The signed-in user as the rest of the application sees them. */
public class CurrentUser extends User {

    private final long userId;
    private final String fullName;
    private final Role role;
    private final Long homeUnitId;

    public CurrentUser(long userId, String username, String passwordHash, boolean enabled, boolean nonLocked,
                       String fullName, Role role, Long homeUnitId) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities(role));
        this.userId = userId;
        this.fullName = fullName;
        this.role = role;
        this.homeUnitId = homeUnitId;
    }

    private static List<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public long userId() {
        return userId;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public Long homeUnitId() {
        return homeUnitId;
    }
}
