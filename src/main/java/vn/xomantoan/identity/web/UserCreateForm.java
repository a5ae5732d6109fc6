package vn.xomantoan.identity.web;

import vn.xomantoan.identity.Role;

/** What the administrator types to create an account (never the entity itself). */
public class UserCreateForm {

    private String username;
    private String fullName;
    private Role role;
    private String homeUnitCode;
    /** The date the home unit code is read at (codes are reused); today by default. */
    private String homeUnitAsOf;
    private String password;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getHomeUnitCode() { return homeUnitCode; }
    public void setHomeUnitCode(String homeUnitCode) { this.homeUnitCode = homeUnitCode; }
    public String getHomeUnitAsOf() { return homeUnitAsOf; }
    public void setHomeUnitAsOf(String homeUnitAsOf) { this.homeUnitAsOf = homeUnitAsOf; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
