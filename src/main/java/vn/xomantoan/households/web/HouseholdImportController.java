package vn.xomantoan.households.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.imports.HouseholdImporter;
import vn.xomantoan.households.imports.ImportJobView;
import vn.xomantoan.households.imports.ImportMode;
import vn.xomantoan.households.imports.ImportProblems;
import vn.xomantoan.shared.web.Messages;

import java.util.List;

/** Upload a household file, watch the job's progress, read and download its problems. */
@Controller
@RequestMapping("/households")
class HouseholdImportController extends ImportPages {

    static final List<String> REPORT_COLUMNS = List.of("area_code", "head_name", "gender", "house_no", "street", "members",
            "moved_in", "phone", "note");
    private static final Target TARGET = new Target("/households/import", "households.import.title", "households.import.intro",
            "households.import.columns", "/households", "households.title", "households.import.backToList", "households.import.done");

    private final HouseholdImporter importer;
    private final HouseholdAccess access;

    HouseholdImportController(HouseholdImporter importer, ImportProblems problems, HouseholdAccess access, Messages messages) {
        super(problems, messages);
        this.importer = importer;
        this.access = access;
    }

    @Override
    Target target() {
        return TARGET;
    }

    @Override
    void requireImporter() {
        access.requireHouseholdWriter();
    }

    @Override
    long start(String fileName, byte[] content, ImportMode mode) {
        return importer.start(fileName, content, mode);
    }

    @Override
    ImportJobView job(long id) {
        return importer.job(id);
    }

    @Override
    List<String> reportHeaderKeys() {
        return REPORT_COLUMNS.stream().map(c -> "households.column." + c).toList();
    }

    @Override
    String reportFileName(long id) {
        return "loi-nhap-ho-gia-dinh-" + id;
    }
}
