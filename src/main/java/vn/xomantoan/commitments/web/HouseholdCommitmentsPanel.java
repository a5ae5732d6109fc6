package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Component;
import vn.xomantoan.commitments.domain.Breach;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentStore;
import vn.xomantoan.households.HouseholdPanel;
import vn.xomantoan.households.HouseholdView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commitments section of the household page: the campaigns the household signed (or registered
 * for) with date and signer, and its breaches with the linked incident. The households page has
 * already checked that the user may see the household.
 */
@Component
class HouseholdCommitmentsPanel implements HouseholdPanel {

    private final CommitmentStore store;
    private final CommitmentAccess access;

    HouseholdCommitmentsPanel(CommitmentStore store, CommitmentAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Optional<Section> sectionFor(HouseholdView household) {
        List<CommitmentStore.HouseholdCommitment> commitments = store.historyOfHousehold(household.id(), access.scope());
        List<Breach> breaches = store.breachesOfHousehold(household.id());
        return Optional.of(new Section("commitments/fragments/household-panel", "panel", Map.of(
                "householdId", household.id(),
                "commitments", commitments,
                "breaches", breaches)));
    }

    @Override
    public int order() {
        return 10;
    }
}
