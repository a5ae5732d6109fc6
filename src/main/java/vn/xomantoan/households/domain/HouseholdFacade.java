package vn.xomantoan.households.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.households.HouseholdApi;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.KeyPersonCounts;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.households.ResidenceView;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class HouseholdFacade implements HouseholdApi {

    private final HouseholdQueries households;
    private final KeyPersonQueries keyPeople;
    private final UnitCatalog units;

    HouseholdFacade(HouseholdQueries households, KeyPersonQueries keyPeople, UnitCatalog units) {
        this.households = households;
        this.keyPeople = keyPeople;
        this.units = units;
    }

    @Override
    public Optional<HouseholdView> household(long id, UnitScope scope) {
        return households.byId(id, scope);
    }

    @Override
    public List<ResidenceView> residences(long householdId, UnitScope scope) {
        return households.byId(householdId, scope).map(h -> households.residences(householdId)).orElse(List.of());
    }

    @Override
    public List<HouseholdView> residentsOf(String areaCode, LocalDate date, UnitScope scope) {
        return households.residentsOf(areaCode, date, scope);
    }

    @Override
    public Optional<KeyPersonCounts> keyPeopleCounts(String unitCode, LocalDate date, UnitScope scope) {
        return units.validOn(unitCode, date, scope)
                .map(u -> new KeyPersonCounts(u.code(), date, keyPeople.counts(u.path(), date, scope)));
    }

    @Override
    public Optional<KeyPersonView> keyPerson(long id, UnitScope scope) {
        return keyPeople.byId(id, scope);
    }
}
