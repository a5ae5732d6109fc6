package vn.xomantoan.identity.web;

import vn.xomantoan.identity.Role;

/**
 * Changes to an account. A blank home unit code keeps the current home unit (a code alone is
 * ambiguous over time, so the form never re-reads the current one).
 */
public class UserEditForm {

    private Long rowVersion;
    private String fullName;
    private Role role;
    private String homeUnitCode;
    private String homeUnitAsOf;
    private boolean enabled;
    private boolean unlock;

    public Long getRowVersion() { return rowVersion; }
    public void setRowVersion(Long rowVersion) { this.rowVersion = rowVersion; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getHomeUnitCode() { return homeUnitCode; }
    public void setHomeUnitCode(String homeUnitCode) { this.homeUnitCode = homeUnitCode; }
    public String getHomeUnitAsOf() { return homeUnitAsOf; }
    public void setHomeUnitAsOf(String homeUnitAsOf) { this.homeUnitAsOf = homeUnitAsOf; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isUnlock() { return unlock; }
    public void setUnlock(boolean unlock) { this.unlock = unlock; }
}
