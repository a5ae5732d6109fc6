package vn.xomantoan.households.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.imports.ImportJobView;
import vn.xomantoan.households.imports.ImportMode;
import vn.xomantoan.households.imports.ImportProblems;
import vn.xomantoan.households.imports.KeyPersonImporter;
import vn.xomantoan.shared.web.Messages;

import java.util.List;

/** Upload the commune's list of key people, watch the job, read and download its problems. */
@Controller
@RequestMapping("/key-people")
class KeyPeopleImportController extends ImportPages {

    static final List<String> REPORT_COLUMNS = List.of("unit_code", "full_name", "gender", "birth_year", "role",
            "respected_kind", "term_from", "term_to", "phone", "note");
    private static final Target TARGET = new Target("/key-people/import", "keyPeople.import.title", "keyPeople.import.intro",
            "keyPeople.import.columns", "/key-people", "keyPeople.title", "keyPeople.import.backToList", "keyPeople.import.done");

    private final KeyPersonImporter importer;
    private final HouseholdAccess access;

    KeyPeopleImportController(KeyPersonImporter importer, ImportProblems problems, HouseholdAccess access, Messages messages) {
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
        access.requireKeyPeopleWriter();
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
        return REPORT_COLUMNS.stream().map(c -> "keyPeople.column." + c).toList();
    }

    @Override
    String reportFileName(long id) {
        return "loi-nhap-can-bo-nguoi-co-uy-tin-" + id;
    }
}
