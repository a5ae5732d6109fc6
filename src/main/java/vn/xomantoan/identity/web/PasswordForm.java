package vn.xomantoan.identity.web;

/** A new password set by the administrator. */
public class PasswordForm {

    private String password;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
