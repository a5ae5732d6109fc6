package vn.xomantoan.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The demo accounts, as MockMvc request decorations (HTTP Basic, as scripts call the API). */
public final class Users {

    public static final String PASSWORD = "Demo@123";

    private Users() {
    }

    public static RequestPostProcessor admin() {
        return httpBasic("admin", PASSWORD);
    }

    public static RequestPostProcessor provinceOfficer() {
        return httpBasic("tinh.ninhbinh", PASSWORD);
    }

    public static RequestPostProcessor dinhHoaOfficer() {
        return httpBasic("xa.dinhhoa", PASSWORD);
    }

    public static RequestPostProcessor phatDiemOfficer() {
        return httpBasic("xa.phatdiem", PASSWORD);
    }

    public static RequestPostProcessor areaHead() {
        return httpBasic("thon.dinhhoa", PASSWORD);
    }

    public static RequestPostProcessor leader() {
        return httpBasic("lanhdao.ninhbinh", PASSWORD);
    }
}
