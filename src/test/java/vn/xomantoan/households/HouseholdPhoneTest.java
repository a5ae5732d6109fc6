package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import vn.xomantoan.households.domain.HouseholdDraft;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdPhoneTest {

    @Test
    void phonesLoseTheSpacesDotsAndDashesPeopleTypeInThem() {
        assertThat(HouseholdDraft.cleanPhone("098 765 4321")).isEqualTo("0987654321");
        assertThat(HouseholdDraft.cleanPhone("0912.345.678")).isEqualTo("0912345678");
        assertThat(HouseholdDraft.cleanPhone("+84-912\t345\r\n678")).isEqualTo("+84912345678");
        assertThat(HouseholdDraft.cleanPhone("0912345678")).isEqualTo("0912345678");
        assertThat(HouseholdDraft.cleanPhone(null)).isNull();
    }

    @Test
    void aPhoneIsEightToFifteenDigitsAfterAnOptionalPlus() {
        assertThat(HouseholdDraft.isPhone("09123456")).isTrue();
        assertThat(HouseholdDraft.isPhone("+849123456789012")).isTrue();
        assertThat(HouseholdDraft.isPhone("0912345")).isFalse();
        assertThat(HouseholdDraft.isPhone("0912345678901234")).isFalse();
        assertThat(HouseholdDraft.isPhone("++0912345678")).isFalse();
        assertThat(HouseholdDraft.isPhone("0912a45678")).isFalse();
        assertThat(HouseholdDraft.isPhone("+")).isFalse();
        assertThat(HouseholdDraft.isPhone("０９１２３４５６７８")).isFalse();
    }
}
