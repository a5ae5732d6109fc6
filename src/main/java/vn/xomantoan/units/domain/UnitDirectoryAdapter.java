package vn.xomantoan.units.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Supplies identity with what it needs to know about units. */
@Component
class UnitDirectoryAdapter implements UnitDirectory {

    private final UnitQueries queries;

    UnitDirectoryAdapter(UnitQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<String> lineagePaths(long unitId) {
        return queries.lineagePaths(unitId);
    }

    @Override
    public Optional<Long> findId(String code, LocalDate asOf) {
        return queries.validByCode(code, asOf).map(UnitView::id);
    }

    @Override
    public String describe(long unitId) {
        return queries.byId(unitId, UnitScope.EVERYTHING).map(u -> u.name() + " (" + u.code() + ")").orElse("#" + unitId);
    }

    @Override
    public Optional<String> codeOf(long unitId) {
        return queries.byId(unitId, UnitScope.EVERYTHING).map(UnitView::code);
    }

    @Override
    public Optional<String> levelOf(long unitId) {
        return queries.byId(unitId, UnitScope.EVERYTHING).map(u -> u.level().name());
    }
}
