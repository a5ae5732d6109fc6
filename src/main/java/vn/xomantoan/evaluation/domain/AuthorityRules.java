package vn.xomantoan.evaluation.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who receives the dossier, who appraises and who decides, by unit kind and date, province rules
 * before national ones (the 2025 reform moved communes' decisions from the district to the province).
 */
@Component
public class AuthorityRules {

    private final JdbcClient jdbc;

    AuthorityRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Authority(String deciderLevel, String receiverVi, String receiverEn, String appraiserVi, String appraiserEn,
                            String deciderVi, String deciderEn, String legalBasis, LocalDate validFrom) {
        public String receiver(Locale l) {
            return "en".equals(l.getLanguage()) ? receiverEn : receiverVi;
        }

        public String appraiser(Locale l) {
            return "en".equals(l.getLanguage()) ? appraiserEn : appraiserVi;
        }

        public String decider(Locale l) {
            return "en".equals(l.getLanguage()) ? deciderEn : deciderVi;
        }
    }

    /** The rule in force on the decision deadline of the year. */
    public Authority forCase(UnitKind kind, LocalDate decisionDeadline, String provinceCode) {
        return jdbc.sql("""
                        SELECT decider_level, receiver_vi, receiver_en, appraiser_vi, appraiser_en, decider_vi, decider_en, legal_basis_vi, valid_from
                        FROM eval_authority_rule
                        WHERE unit_kind = :k AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)
                          AND (province_code IS NULL OR province_code = :p)
                        ORDER BY CASE WHEN province_code IS NULL THEN 1 ELSE 0 END""")
                .param("k", kind.name()).param("d", decisionDeadline).param("p", provinceCode == null ? "" : provinceCode)
                .query((rs, i) -> new Authority(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate()))
                .list().stream().findFirst().orElseThrow();
    }
}
