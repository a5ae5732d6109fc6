package vn.xomantoan.evaluation.web;

import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.Decision;
import vn.xomantoan.evaluation.domain.DecisionService;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.shared.document.OfficialDocument;
import vn.xomantoan.shared.document.OfficialDocument.Annex;
import vn.xomantoan.shared.document.OfficialDocument.Block;
import vn.xomantoan.shared.document.OfficialDocument.Paragraph;
import vn.xomantoan.shared.document.OfficialDocument.Table;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The papers of the recognition procedure as {@link OfficialDocument}s (each written as PDF and DOCX):
 * the review-meeting minutes of a unit, the commune's submission with its results report, the
 * recognition decision with its list, and a unit's certificate. Every figure comes from the cases.
 */
@Component
class RecognitionPapers {

    private static final String TITLE = "“An toàn về an ninh, trật tự”";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Messages messages;

    RecognitionPapers(Messages messages) {
        this.messages = messages;
    }

    private String kindPlural(UnitKind kind) {
        return messages.get("eval.pdf.kindPlural." + kind);
    }

    private static String upper(String s) {
        return s.toUpperCase(VI);
    }

    /** "Ủy ban nhân dân Xã Định Hóa" → "ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA". */
    private static String body(String issuerName) {
        return upper(issuerName);
    }

    String legalText(String legalBasisCode) {
        return messages.get("eval.legal." + legalBasisCode);
    }

    /** Biên bản họp bình xét: the criteria one by one with the meeting's conclusion on each. */
    OfficialDocument minutes(CaseViews.CaseDetails details, String communeName, String place) {
        EvalCase c = details.evalCase();
        LocalDate on = c.selfReviewedOn() != null ? c.selfReviewedOn() : LocalDate.now();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Hôm nay, " + WebDates.format(on) + ", tại " + c.unitName() + ", " + communeName
                + ", tiến hành họp bình xét, đánh giá kết quả thực hiện các tiêu chí đạt tiêu chuẩn " + TITLE + " năm " + c.year()
                + " theo " + messages.get("eval.legal." + details.set().legalBasis()) + "."));
        body.add(Paragraph.heading("I. KẾT QUẢ ĐÁNH GIÁ TỪNG TIÊU CHÍ"));
        List<List<String>> rows = new ArrayList<>();
        int met = 0;
        int i = 1;
        for (CaseViews.CriterionView v : details.criteria()) {
            if (v.verdict() == Verdict.MET || v.verdict() == Verdict.NOT_APPLICABLE) {
                met++;
            }
            String basis = v.answer() != null && v.answer().note() != null && !v.answer().note().isBlank() ? v.answer().note()
                    : v.explanation() == null ? "" : v.explanation();
            rows.add(List.of(String.valueOf(i++), v.code() + ". " + v.text(), messages.get("eval.verdict." + v.verdict()), basis));
        }
        body.add(new Table(List.of("STT", "Tiêu chí", "Kết quả", "Căn cứ"), rows));
        body.add(Paragraph.heading("II. KẾT LUẬN"));
        boolean allMet = c.verdict() == OverallVerdict.MET;
        body.add(Paragraph.of("Số tiêu chí đạt: " + met + "/" + details.criteria().size() + ". "
                + (allMet ? "Hội nghị thống nhất đề nghị Ủy ban nhân dân " + DecisionService.lowerFirst(communeName) + " xem xét, công nhận " + c.unitName()
                + " đạt tiêu chuẩn " + TITLE + " năm " + c.year() + "."
                : "Chưa đủ điều kiện đề nghị công nhận đạt tiêu chuẩn " + TITLE + " năm " + c.year()
                + (c.failingCodes().isEmpty() ? "." : "; các tiêu chí chưa đạt: " + String.join(", ", c.failingCodes()) + "."))));
        body.add(Paragraph.of("Biên bản được lập thành 02 bản, thông qua trước hội nghị và được các thành viên dự họp nhất trí."));
        return new OfficialDocument("bien-ban-binh-xet-" + c.unitCode() + "-" + c.year(), "ỦY BAN NHÂN DÂN " + upper(communeName),
                upper(c.unitName()), null, place, on, "BIÊN BẢN",
                "Họp bình xét " + kindPlural(c.kind()) + " đạt tiêu chuẩn " + TITLE + " năm " + c.year(), body, List.of(),
                List.of("CHỦ TRÌ", "(Ký, ghi rõ họ tên)", ""), List.of("THƯ KÝ", "(Ký, ghi rõ họ tên)", ""), null);
    }

    /** Tờ trình: the commune's request with its results report and the list of units proposed. */
    OfficialDocument submission(String communeName, String place, int year, String legalBasis, List<EvalCase> cases) {
        List<EvalCase> proposed = cases.stream().filter(c -> c.verdict() == OverallVerdict.MET && (c.state() == CaseState.SELF_REVIEWED
                || c.state() == CaseState.SUBMITTED || c.state() == CaseState.UNDER_APPRAISAL || c.recognised())).toList();
        long total = cases.size();
        long registered = cases.stream().filter(c -> c.registeredOn() != null).count();
        long notMet = cases.stream().filter(c -> c.verdict() == OverallVerdict.NOT_MET).count();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Thực hiện " + legalBasis + "; Công an " + DecisionService.lowerFirst(communeName) + " báo cáo kết quả đánh giá năm " + year
                + " như sau:"));
        body.add(Paragraph.heading("I. KẾT QUẢ ĐÁNH GIÁ"));
        body.add(Paragraph.led("1.", "Tổng số đơn vị thuộc diện đánh giá: " + total + "; đăng ký xây dựng đạt tiêu chuẩn: " + registered
                + " (" + percent(registered, total) + ")."));
        body.add(Paragraph.led("2.", "Số đơn vị đạt đủ các tiêu chí, đề nghị công nhận: " + proposed.size() + " ("
                + percent(proposed.size(), registered) + " số đơn vị đăng ký); chưa đạt: " + notMet + "."));
        body.add(Paragraph.heading("II. ĐỀ NGHỊ"));
        body.add(Paragraph.of("Kính đề nghị Chủ tịch Ủy ban nhân dân " + DecisionService.lowerFirst(communeName) + " xem xét, quyết định công nhận " + proposed.size()
                + " đơn vị đạt tiêu chuẩn " + TITLE + " năm " + year + " (có danh sách kèm theo)."));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (EvalCase c : proposed) {
            rows.add(List.of(String.valueOf(i++), c.unitName(), messages.get("eval.kind." + c.kind()),
                    c.registeredOn() == null ? "" : WebDates.format(c.registeredOn()),
                    c.selfReviewedOn() == null ? "" : WebDates.format(c.selfReviewedOn())));
        }
        Annex annex = new Annex(List.of("DANH SÁCH", "Đơn vị đề nghị công nhận đạt tiêu chuẩn " + TITLE + " năm " + year),
                "(Kèm theo Tờ trình của Công an " + DecisionService.lowerFirst(communeName) + ")",
                new Table(List.of("STT", "Tên đơn vị", "Loại", "Ngày đăng ký", "Ngày họp bình xét"), rows));
        return new OfficialDocument("to-trinh-" + year, "ỦY BAN NHÂN DÂN " + upper(communeName), "CÔNG AN " + upper(communeName),
                "Số:      /TTr-CAX", place, LocalDate.now(), "TỜ TRÌNH",
                "Đề nghị công nhận đơn vị đạt tiêu chuẩn " + TITLE + " năm " + year, body,
                List.of("- Như trên;", "- Lưu: VT."), List.of("TRƯỞNG CÔNG AN", ""), null, annex);
    }

    /** Quyết định công nhận with the list of recognised units. */
    OfficialDocument decision(DecisionService.DecisionView view) {
        Decision d = view.decision();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.heading(upper(d.signerTitle() + " " + d.issuerName())));
        body.add(Paragraph.of("Căn cứ " + d.legalBasis() + ";"));
        body.add(Paragraph.of("Căn cứ kết quả đánh giá, thẩm định hồ sơ đề nghị công nhận đạt tiêu chuẩn " + TITLE + " năm " + d.year() + ";"));
        body.add(Paragraph.heading("QUYẾT ĐỊNH:"));
        body.add(Paragraph.led("Điều 1.", "Công nhận " + view.recognised().size() + " " + kindPlural(d.kind()) + " đạt tiêu chuẩn " + TITLE
                + " năm " + d.year() + " (có danh sách kèm theo)."));
        body.add(Paragraph.led("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."));
        body.add(Paragraph.led("Điều 3.", "Công an xã, các đơn vị có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm "
                + "thi hành Quyết định này./."));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (EvalCase c : view.recognised()) {
            rows.add(List.of(String.valueOf(i++), c.unitName(), c.certificateNo() == null ? "" : c.certificateNo()));
        }
        Annex annex = new Annex(List.of("DANH SÁCH", kindPlural(d.kind()) + " đạt tiêu chuẩn " + TITLE + " năm " + d.year()),
                "(Kèm theo Quyết định số " + d.number() + " ngày " + WebDates.format(d.issuedOn()) + ")",
                new Table(List.of("STT", "Tên đơn vị", "Số giấy công nhận"), rows));
        return new OfficialDocument("quyet-dinh-" + d.id(), null, body(d.issuerName()), "Số: " + d.number(), d.place(), d.issuedOn(),
                "QUYẾT ĐỊNH", "Về việc công nhận " + kindPlural(d.kind()) + " đạt tiêu chuẩn " + TITLE + " năm " + d.year(), body,
                List.of("- Như Điều 3;", "- Lưu: VT."), List.of("TM. ỦY BAN NHÂN DÂN", upper(d.signerTitle()), d.signerName()), null, annex);
    }

    /** Giấy công nhận of one unit, as an editable document (the PDF keeps its framed certificate layout). */
    OfficialDocument certificate(EvalCase c, Decision d) {
        List<Block> body = List.of(
                Paragraph.heading(d.issuerName() + " công nhận"),
                Paragraph.heading(upper(c.unitName())),
                new Paragraph(null, "Đạt tiêu chuẩn " + TITLE + " năm " + c.year(), true, false),
                new Paragraph(null, "Theo Quyết định số " + d.number() + " ngày " + WebDates.format(d.issuedOn()), true, false));
        return new OfficialDocument("giay-cong-nhan-" + c.unitCode() + "-" + c.year(), null, body(d.issuerName()), "Số: " + c.certificateNo(),
                d.place(), d.issuedOn(), "GIẤY CÔNG NHẬN", null, body, List.of(),
                List.of("TM. ỦY BAN NHÂN DÂN", upper(d.signerTitle()), d.signerName()), null, null);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole).replace('.', ',');
    }
}
