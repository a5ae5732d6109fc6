package vn.xomantoan.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitDirectory;

import java.time.LocalDate;

/**
 * The first administrator of a real installation (from XAT_ADMIN_USERNAME / XAT_ADMIN_PASSWORD), and
 * the demo accounts when demo data is loaded. Runs after the hierarchy is loaded.
 */
@Component
@Order(20)
class AccountsSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountsSetup.class);
    static final String DEMO_PASSWORD = "Demo@123";

    private final UserAccounts accounts;
    private final AppUserRepository users;
    private final UnitDirectory units;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    AccountsSetup(UserAccounts accounts, AppUserRepository users, UnitDirectory units,
                  @Value("${xomantoan.demo.enabled:false}") boolean demo,
                  @Value("${xomantoan.security.initial-admin-username:}") String adminUsername,
                  @Value("${xomantoan.security.initial-admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.users = users;
        this.units = units;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminUsername.isBlank() && users.findByUsernameIgnoreCase(adminUsername).isEmpty()) {
            accounts.create(adminUsername, adminPassword, "Quản trị hệ thống", Role.ADMIN, null, false);
            log.info("Created the first administrator '{}'", adminUsername);
        }
        if (demo && users.findByUsernameIgnoreCase("admin").isEmpty() && users.count() == 0) {
            LocalDate today = LocalDate.now();
            demoAccount("admin", "Quản trị hệ thống (demo)", Role.ADMIN, null, today);
            demoAccount("tinh.ninhbinh", "Nguyễn Văn Hùng", Role.PROVINCE_OFFICER, "37", today);
            demoAccount("xa.dinhhoa", "Trần Thị Lan", Role.COMMUNE_OFFICER, "14677", today);
            demoAccount("xa.phatdiem", "Phạm Văn Đức", Role.COMMUNE_OFFICER, "14620", today);
            demoAccount("thon.dinhhoa", "Vũ Văn Thành", Role.AREA_HEAD, "14677-001", today);
            demoAccount("lanhdao.ninhbinh", "Đinh Văn Bình", Role.LEADER, "37", today);
            log.info("Created the demo accounts (password {})", DEMO_PASSWORD);
        }
    }

    private void demoAccount(String username, String fullName, Role role, String unitCode, LocalDate asOf) {
        Long unitId = unitCode == null ? null : units.findId(unitCode, asOf).orElse(null);
        if (unitCode != null && unitId == null) {
            log.warn("Demo account {} skipped: unit {} not found", username, unitCode);
            return;
        }
        accounts.create(username, DEMO_PASSWORD, fullName, role, unitId, true);
    }
}
