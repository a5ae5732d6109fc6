package vn.xomantoan.units.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitExportTest {

    @Autowired
    MockMvc mvc;

    @Test
    void csvExportOfTheDinhHoaOfficerHoldsTheirCommuneAndItsAreasOnly() throws Exception {
        byte[] body = mvc.perform(get("/units/export.csv").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(text).startsWith("code,name,level,unit_type,parent_code,valid_from,valid_to,enterprise_size,school_level\n");

        List<CSVRecord> communes = records.stream().filter(r -> r.get("level").equals("commune")).toList();
        assertThat(communes).extracting(r -> r.get("name")).containsExactly("Xã Định Hóa");
        assertThat(communes.get(0).get("code")).isEqualTo("14677");
        assertThat(communes.get(0).get("parent_code")).isEqualTo("37");
        List<CSVRecord> areas = records.stream().filter(r -> r.get("level").equals("residential_area")).toList();
        assertThat(areas).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("parent_code")).isEqualTo("14677");
            assertThat(r.get("unit_type")).isIn("Thôn", "Xóm", "Tổ dân phố");
        });
        assertThat(records).noneMatch(r -> r.get("level").equals("province") || r.get("level").equals("district"));
        assertThat(records.get(0).get("level")).isEqualTo("commune");
    }

    @Test
    void xlsxExportOpensWithPoiAndHoldsKimTanIn2016() throws Exception {
        byte[] body = mvc.perform(get("/units/export.xlsx").param("asOf", "2016-10-15").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            List<String> kimTan = new ArrayList<>();
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                if (name != null && name.getStringCellValue().equals("Xã Kim Tân")) {
                    kimTan.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                            + row.getCell(3).getStringCellValue() + "|" + row.getCell(4).getStringCellValue());
                }
            }
            assertThat(kimTan).containsExactly("14683|commune|Xã|376");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("37");
            assertThat(sheet.getLastRowNum()).isGreaterThan(8 + 145 + 1684);
        }
    }

    @Test
    void anOutOfScopeDateGivesAnEmptyTableNotAnError() throws Exception {
        String text = mvc.perform(get("/units/export.csv").param("asOf", "1990-01-01").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
    }
}
