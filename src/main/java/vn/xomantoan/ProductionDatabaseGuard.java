package vn.xomantoan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The embedded database is for trying and small sites: the production profile refuses it. */
@Component
@Profile("prod")
class ProductionDatabaseGuard {

    ProductionDatabaseGuard(@Value("${spring.datasource.url}") String url) {
        if (url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("Hồ sơ 'prod' không chạy trên cơ sở dữ liệu nhúng H2. "
                    + "Hãy đặt SPRING_PROFILES_ACTIVE=postgres,prod và XAT_DB_URL tới PostgreSQL. "
                    + "(The production profile refuses the embedded H2 database; use PostgreSQL.)");
        }
    }
}
