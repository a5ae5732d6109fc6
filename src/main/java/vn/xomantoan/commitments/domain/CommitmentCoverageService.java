package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CommitmentCoverage;
import vn.xomantoan.commitments.Commitments;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.Kdc1cStatus;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.jdbc.CommitmentCoverageQueries;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coverage of household campaigns, for the pages, the API and other capabilities. */
@Service
@Transactional(readOnly = true)
public class CommitmentCoverageService implements Commitments {

    private final CampaignStore campaigns;
    private final CommitmentCoverageQueries queries;
    private final CommitmentAccess access;

    CommitmentCoverageService(CampaignStore campaigns, CommitmentCoverageQueries queries, CommitmentAccess access) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.access = access;
    }

    @Override
    public Optional<CommitmentCoverage> coverage(String unitCode, int year, LocalDate asOf, UnitScope scope) {
        Optional<UnitView> unit = access.units().validOn(unitCode, asOf, scope);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return campaignFor(unit.get(), year, asOf, scope).map(c -> coverage(c, unit.get(), asOf, scope));
    }

    @Override
    public Optional<CommitmentCoverage> coverage(String unitCode, int year, LocalDate asOf) {
        return coverage(unitCode, year, asOf, access.scope());
    }

    @Override
    public Kdc1cStatus kdc1c(String areaCode, int year) {
        LocalDate windowEnd = LocalDate.of(year, 10, 31);
        LocalDate today = LocalDate.now();
        LocalDate on = today.isBefore(windowEnd) ? today : windowEnd;
        Optional<UnitView> area = access.units().validOn(areaCode, on, UnitScope.EVERYTHING)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA);
        if (area.isEmpty()) {
            return Kdc1cStatus.NO_DATA;
        }
        return campaignFor(area.get(), year, on, UnitScope.EVERYTHING)
                .map(c -> queries.kdc1c(c, List.of(areaCode), c.kdc1cDate(on)).get(areaCode))
                .orElse(Kdc1cStatus.NO_CAMPAIGN);
    }

    /** The household campaign of the year whose territory holds the unit on the date: the most local owner wins. */
    public Optional<Campaign> campaignFor(UnitView unit, int year, LocalDate asOf, UnitScope scope) {
        return campaigns.ofYear(year, SubjectKind.HOUSEHOLD, scope).stream()
                .filter(c -> access.covers(c, unit, asOf))
                .findFirst();
    }

    /** Coverage of a unit version that is valid on {@code asOf} and that the campaign covers. */
    public CommitmentCoverage coverage(Campaign campaign, UnitView unit, LocalDate asOf, UnitScope scope) {
        List<ChildCoverage> children;
        CoverageFigures totals;
        if (unit.level() == UnitLevel.RESIDENTIAL_AREA) {
            children = List.of();
            totals = CommitmentCoverageQueries.figures(queries.households(campaign, unit.code(), asOf));
        } else {
            List<ChildCoverage> raw = queries.children(campaign, unit.id(), asOf, access.ownerPathsOn(campaign, asOf), scope);
            List<String> areaCodes = raw.stream().filter(c -> c.level() == UnitLevel.RESIDENTIAL_AREA).map(ChildCoverage::code).toList();
            Map<String, Kdc1cStatus> kdc = queries.kdc1c(campaign, areaCodes, campaign.kdc1cDate(asOf));
            children = raw.stream().map(c -> c.level() == UnitLevel.RESIDENTIAL_AREA
                    ? new ChildCoverage(c.unitId(), c.code(), c.name(), c.level(), c.figures(), kdc.get(c.code())) : c).toList();
            totals = children.stream().map(ChildCoverage::figures).reduce(CoverageFigures.NONE, CoverageFigures::plus);
        }
        return new CommitmentCoverage(campaign.id(), campaign.year(), campaign.criteriaSet(), unit.id(), unit.code(), unit.name(),
                unit.level(), asOf, totals, children);
    }

    public Kdc1cStatus kdc1cOfArea(Campaign campaign, String areaCode, LocalDate asOf) {
        return queries.kdc1c(campaign, List.of(areaCode), campaign.kdc1cDate(asOf)).get(areaCode);
    }

    public List<HouseholdStatus> households(Campaign campaign, String areaCode, LocalDate asOf) {
        return queries.households(campaign, areaCode, asOf);
    }
}
