package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CommitmentCoverage;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.jdbc.UnitCoverageQueries;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Coverage of unit-level campaigns on the hierarchy of a date: per child unit, the units of the
 * campaign's kind that are due and those that signed by then, and the list of units still unsigned.
 * Figures reuse {@link CoverageFigures}, whose "resident" count is here the number of units due.
 */
@Service
@Transactional(readOnly = true)
public class UnitCoverageService {

    private final CampaignStore campaigns;
    private final UnitCoverageQueries queries;
    private final CommitmentAccess access;

    UnitCoverageService(CampaignStore campaigns, UnitCoverageQueries queries, CommitmentAccess access) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.access = access;
    }

    /** The campaign of the year and kind whose territory holds the unit on the date: the most local owner wins. */
    public Optional<Campaign> campaignFor(UnitView unit, int year, SubjectKind kind, LocalDate asOf, UnitScope scope) {
        return campaigns.ofYear(year, kind, scope).stream().filter(c -> access.covers(c, unit, asOf)).findFirst();
    }

    /** Coverage and the units of the subtree, for a unit version valid on {@code asOf} that the campaign covers. */
    public Result coverage(Campaign campaign, UnitView unit, LocalDate asOf, UnitScope scope) {
        List<String> owner = access.ownerPathsOn(campaign, asOf);
        List<UnitStatus> units = queries.units(campaign, unit.id(), asOf, owner, scope);
        List<ChildCoverage> children = queries.children(campaign, unit.id(), asOf, owner, scope);
        long signed = units.stream().filter(UnitStatus::signed).count();
        CoverageFigures totals = new CoverageFigures(units.size(), signed, 0);
        CommitmentCoverage coverage = new CommitmentCoverage(campaign.id(), campaign.year(), campaign.criteriaSet(), unit.id(),
                unit.code(), unit.name(), unit.level(), asOf, totals, children);
        return new Result(coverage, units);
    }

    public record Result(CommitmentCoverage coverage, List<UnitStatus> units) {

        public List<UnitStatus> unsigned() {
            return units.stream().filter(u -> !u.signed()).toList();
        }
    }
}
