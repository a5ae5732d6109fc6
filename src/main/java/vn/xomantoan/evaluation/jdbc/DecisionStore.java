package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.Decision;
import vn.xomantoan.evaluation.domain.UnitKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Recognition decisions. */
@Component("evaluationDecisionStore")
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Decision d, String user) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO eval_decision (eval_year, unit_kind, issuer_unit_id, issuer_name, number, issued_on, place, signer_name,
                                                   signer_title, legal_basis_text, created_by, created_at)
                        VALUES (:y, :k, :iu, :iname, :num, :on, :place, :sname, :stitle, :basis, :user, :at)""")
                .param("y", d.year()).param("k", d.kind().name()).param("iu", d.issuerUnitId()).param("iname", d.issuerName())
                .param("num", d.number()).param("on", d.issuedOn()).param("place", d.place()).param("sname", d.signerName())
                .param("stitle", d.signerTitle()).param("basis", d.legalBasis()).param("user", user).param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Decision> byId(long id) {
        return jdbc.sql("SELECT * FROM eval_decision WHERE id = :id").param("id", id)
                .query((rs, i) -> new Decision(rs.getLong("id"), rs.getInt("eval_year"), UnitKind.valueOf(rs.getString("unit_kind")),
                        rs.getLong("issuer_unit_id"), rs.getString("issuer_name"), rs.getString("number"),
                        rs.getDate("issued_on").toLocalDate(), rs.getString("place"), rs.getString("signer_name"),
                        rs.getString("signer_title"), rs.getString("legal_basis_text")))
                .optional();
    }

    public List<Long> idsByYear(int year) {
        return jdbc.sql("SELECT id FROM eval_decision WHERE eval_year = :y ORDER BY issued_on, id").param("y", year).query(Long.class).list();
    }
}
