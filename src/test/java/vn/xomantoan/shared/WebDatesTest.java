package vn.xomantoan.shared;

import org.junit.jupiter.api.Test;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebDatesTest {

    @Test
    void readsIsoAndVietnameseDates() {
        assertThat(WebDates.parse("2019-08-12", null)).isEqualTo(LocalDate.of(2019, 8, 12));
        assertThat(WebDates.parse(" 2020-02-29 ", null)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(WebDates.parse("12/08/2019", null)).isEqualTo(LocalDate.of(2019, 8, 12));
        assertThat(WebDates.parse("+12019-08-12", null)).isEqualTo(LocalDate.of(12019, 8, 12));
        assertThat(WebDates.parse("", LocalDate.of(2000, 1, 1))).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void rejectsDatesThatDoNotExistOrAreBadlyWritten() {
        for (String bad : new String[]{"2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "2019-4-1", "2019-04-1a",
                "31/02/2020", "2019/04/01", "bốn"}) {
            assertThatThrownBy(() -> WebDates.parse(bad, null)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
