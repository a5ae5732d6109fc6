package vn.xomantoan.activities;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A province officer filtering 05/2015–10/2016 gets the figures of the seed article back from the demo data. */
@IntegrationTest
class SeedFiguresTest {

    static final String PERIOD = "from=01/05/2015&to=31/10/2016";

    @Autowired
    MockMvc mvc;

    private String json(String url) throws Exception {
        return mvc.perform(get(url).with(Users.provinceOfficer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Map<String, Integer> countsByKey(String body) {
        List<Map<String, Object>> groups = JsonPath.read(body, "$.groups");
        Map<String, Integer> map = new java.util.HashMap<>();
        groups.forEach(g -> map.put((String) g.get("key"), ((Number) g.get("count")).intValue()));
        return map;
    }

    @Test
    void activitiesOfTheFirstYearByType() throws Exception {
        String body = json("/api/v1/activities?unit=37&" + PERIOD + "&groupBy=type");
        assertThat(countsByKey(body)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PROPAGANDA_SESSION", 150, "SEMINAR", 19, "EMULATION_SIGNING", 18, "REVIEW_CONFERENCE", 1));
        assertThat((Integer) JsonPath.read(body, "$.total.count")).isEqualTo(188);
    }

    @Test
    void theProvincialSeminarHad120Women() throws Exception {
        String body = json("/api/v1/activities?unit=37&" + PERIOD + "&type=SEMINAR&q=toa dam cap tinh");
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.items[0].women")).isEqualTo(120);
        assertThat((Integer) JsonPath.read(body, "$.items[0].participants")).isEqualTo(120);
    }

    @Test
    void sessionsWereHeldInVillagesPagodasAndParishes() throws Exception {
        Map<String, Integer> venues = countsByKey(json("/api/v1/activities?" + PERIOD + "&type=PROPAGANDA_SESSION&groupBy=venue"));
        assertThat(venues.get("PARISH_CHURCH")).isEqualTo(40);
        assertThat(venues.get("PAGODA")).isEqualTo(30);
        assertThat(venues.get("COMMUNITY_HOUSE") + venues.get("CULTURAL_HOUSE")).isEqualTo(80);
    }

    @Test
    void handbookCopiesReachedEveryResidentialArea() throws Exception {
        String body = json("/api/v1/publications/distributions?unit=37&" + PERIOD + "&groupBy=child");
        assertThat((Integer) JsonPath.read(body, "$.total.copies")).isEqualTo(3124);
        assertThat((Integer) JsonPath.read(body, "$.total.count")).isEqualTo(1 + 8 + 1684);
        List<String> codes = JsonPath.read(body, "$.groups[?(@.atUnitItself == false)].code");
        assertThat(codes).containsExactlyInAnyOrder("369", "370", "372", "373", "374", "375", "376", "377");
        String printed = json("/api/v1/publications?unit=37&" + PERIOD + "&groupBy=type");
        assertThat(countsByKey(printed)).containsExactlyEntriesOf(Map.of("HANDBOOK", 1));
    }

    @Test
    void documentsMediaDonationsProgrammes() throws Exception {
        assertThat(countsByKey(json("/api/v1/documents?unit=37&" + PERIOD + "&groupBy=type"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PARTY_NOTICE", 1, "PLAN", 7, "NOTICE", 17, "OFFICIAL_LETTER", 36, "GUIDANCE", 1, "REPORT", 1));
        assertThat((Integer) JsonPath.read(json("/api/v1/media-items?unit=37&" + PERIOD + "&groupBy=type"), "$.total.count")).isEqualTo(236);
        String money = json("/api/v1/contributions?unit=37&" + PERIOD + "&type=DONATION&groupBy=type");
        assertThat(((Number) JsonPath.read(money, "$.total.amountVnd")).longValue()).isEqualTo(70_000_000L);
        assertThat((Integer) JsonPath.read(json("/api/v1/programmes?unit=37&" + PERIOD + "&groupBy=type"), "$.total.count")).isEqualTo(7);
    }

    @Test
    void exemplarsAndRewards() throws Exception {
        assertThat(countsByKey(json("/api/v1/exemplars?unit=37&" + PERIOD + "&groupBy=type")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("COMMUNE_SELECTION", 290, "PROVINCE_LIST", 80));
        String rewards = json("/api/v1/rewards?unit=37&" + PERIOD + "&groupBy=level");
        assertThat((Integer) JsonPath.read(rewards, "$.total.count")).isEqualTo(315);
        assertThat(countsByKey(rewards)).containsExactlyInAnyOrderEntriesOf(Map.of("PROVINCE", 195, "DISTRICT", 120));
        assertThat((Integer) JsonPath.read(json("/api/v1/models?unit=37&" + PERIOD + "&groupBy=type"), "$.total.count")).isEqualTo(145);
    }
}
