package vn.xomantoan.activities;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Counts by child unit follow the hierarchy of the period's end: districts in 2016, communes today. */
@IntegrationTest
class HierarchyCountsTest {

    @Autowired
    MockMvc mvc;

    private String json(String url) throws Exception {
        return mvc.perform(get(url).with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void in2016TheProvinceSplitsIntoItsEightDistrictsAndTheCountsAddUp() throws Exception {
        String body = json("/api/v1/activities?unit=37&from=01/05/2015&to=31/10/2016&groupBy=child");
        List<String> codes = JsonPath.read(body, "$.groups[?(@.atUnitItself == false)].code");
        assertThat(codes).hasSize(8).contains("376", "369");
        List<Integer> counts = JsonPath.read(body, "$.groups[*].count");
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(188);
        // The provincial seminar and the review conference were organised by the province itself.
        List<Integer> own = JsonPath.read(body, "$.groups[?(@.atUnitItself == true)].count");
        assertThat(own).containsExactly(2);
        // Kim Sơn holds most of the parish sessions.
        List<Integer> kimSon = JsonPath.read(json("/api/v1/activities?unit=37&from=01/05/2015&to=31/10/2016&type=PROPAGANDA_SESSION&groupBy=child"),
                "$.groups[?(@.code == '376')].count");
        assertThat(kimSon.get(0)).isGreaterThanOrEqualTo(28);
    }

    @Test
    void todayTheProvinceSplitsIntoCommunesAndOldFactsFollowTheirUnits() throws Exception {
        String body = json("/api/v1/activities?from=01/07/2025&to=" + LocalDate.now() + "&groupBy=child");
        List<String> codes = JsonPath.read(body, "$.groups[?(@.atUnitItself == false)].code");
        assertThat(codes).hasSize(129).contains("14677", "14620");
        // The 2016 donation to Kim Tân counts in today's Xã Định Hóa, which absorbed Kim Tân.
        String dinhHoa = json("/api/v1/contributions?unit=14677&from=01/05/2015&to=" + LocalDate.now() + "&type=DONATION&groupBy=type");
        assertThat(((Number) JsonPath.read(dinhHoa, "$.total.amountVnd")).longValue()).isGreaterThanOrEqualTo(70_000_000L);
        // Grouping the 2016 donations of the province by today's communes puts it under Định Hóa.
        String today = json("/api/v1/contributions?from=01/01/2016&to=" + LocalDate.now() + "&type=DONATION&groupBy=child");
        List<Number> underDinhHoa = JsonPath.read(today, "$.groups[?(@.code == '14677')].amountVnd");
        assertThat(underDinhHoa.get(0).longValue()).isGreaterThanOrEqualTo(70_000_000L);
    }

    @Test
    void everyCountOnThePageLinksToItsRecords() throws Exception {
        String html = mvc.perform(get("/activities?unit=37&from=01/05/2015&to=31/10/2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Buổi tuyên truyền", "Huyện Kim Sơn")
                .contains("href=\"/activities?unit=37&amp;from=01/05/2015&amp;to=31/10/2016&amp;type=PROPAGANDA_SESSION\">150</a>");
        assertThat(html).containsPattern("href=\"/activities\\?unitId=\\d+&amp;from=01/05/2015&amp;to=31/10/2016\">\\d+</a>");
    }
}
