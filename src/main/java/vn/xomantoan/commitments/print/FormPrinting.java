package vn.xomantoan.commitments.print;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import vn.xomantoan.shared.document.PdfWriter;
import org.thymeleaf.context.Context;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.FormTemplate;
import vn.xomantoan.commitments.domain.HouseholdStatus;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed forms of an area (a prefilled page per household) as PDF and DOCX, and the printable
 * list of households that have not signed. Administrative layout of Decree 30/2020/NĐ-CP, A4,
 * Liberation Serif (metric-compatible with Times New Roman) embedded so diacritics print anywhere.
 */
@Service
public class FormPrinting {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ITemplateEngine templates;
    private final PdfWriter pdfWriter;
    private final UnitCatalog units;
    private final MessageSource messages;

    FormPrinting(ITemplateEngine templates, UnitCatalog units, MessageSource messages, PdfWriter pdfWriter) {
        this.templates = templates;
        this.pdfWriter = pdfWriter;
        this.units = units;
        this.messages = messages;
    }

    /** Printed documents are official papers: always in Vietnamese, whatever the page language. */
    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** Where the area sits on the date: its commune and province versions. */
    public record Place(UnitView area, UnitView commune, UnitView province) {
        /** The locality named on the place and date line: the commune without its type word. */
        String placeName() {
            UnitView u = commune != null ? commune : area;
            return withoutPrefix(u);
        }
    }

    public Place placeOf(UnitView area) {
        List<UnitView> path = units.path(area);
        UnitView commune = path.stream().filter(u -> u.level() == UnitLevel.COMMUNE).findFirst().orElse(null);
        UnitView province = path.stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(null);
        return new Place(area, commune, province);
    }

    /** A page per household; {@code houses} gives each household's house number and lane, when known. */
    public List<PrintedForm> forms(Campaign campaign, FormTemplate template, Place place, List<HouseholdStatus> households,
                                   Map<Long, String> houses) {
        return households.stream().map(h -> FormFiller.fill(template,
                values(campaign, place, h.headName(), houses.getOrDefault(h.householdId(), "")))).toList();
    }

    Map<String, String> values(Campaign campaign, Place place, String head, String house) {
        Map<String, String> v = new HashMap<>();
        v.put("unit", inText(place.area()));
        v.put("commune", place.commune() == null ? "" : inText(place.commune()));
        v.put("province", place.province() == null ? "" : inText(place.province()));
        v.put("head", head);
        String address = (house == null || house.isBlank() ? "" : house + ", ") + inText(place.area());
        if (place.commune() != null) {
            address += ", " + inText(place.commune());
        }
        if (place.province() != null) {
            address += ", " + inText(place.province());
        }
        v.put("address", address);
        v.put("year", String.valueOf(campaign.year()));
        v.put("place", place.placeName());
        v.put("date", vi("commitments.print.blankDate", String.valueOf(campaign.year())));
        return v;
    }

    public byte[] formsPdf(List<PrintedForm> forms, String documentTitle) {
        Context ctx = new Context(VIETNAMESE);
        ctx.setVariable("forms", forms);
        ctx.setVariable("documentTitle", documentTitle);
        return pdf(templates.process("commitments/print/forms", ctx));
    }

    public byte[] unsignedPdf(Campaign campaign, Place place, LocalDate asOf, List<HouseholdStatus> unsigned) {
        Context ctx = new Context(VIETNAMESE);
        ctx.setVariable("campaign", campaign);
        ctx.setVariable("areaName", place.area().name());
        ctx.setVariable("communeName", place.commune() == null ? "" : place.commune().name());
        ctx.setVariable("provinceName", place.province() == null ? "" : place.province().name());
        ctx.setVariable("asOf", WebDates.format(asOf));
        ctx.setVariable("households", unsigned);
        LocalDate today = LocalDate.now();
        ctx.setVariable("placeDate", place.placeName() + ", " + vi("commitments.print.dateWords",
                String.format("%02d", today.getDayOfMonth()), String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear())));
        return pdf(templates.process("commitments/print/unsigned", ctx));
    }

    public byte[] formsDocx(List<PrintedForm> forms) {
        return DocxForms.write(forms, new DocxForms.Labels(vi("commitments.print.nationalTitle"), vi("commitments.print.motto"),
                vi("commitments.print.areaHead"), vi("commitments.print.householdHead"), vi("commitments.print.signNote")));
    }

    private byte[] pdf(String html) {
        return pdfWriter.fromHtml(html);
    }

    /** The name as it reads inside a sentence: "xã Định Hóa", "xóm 1", "tỉnh Ninh Bình". */
    static String inText(UnitView unit) {
        String prefix = unit.type().namePrefix();
        String name = unit.name();
        if (prefix != null && name.startsWith(prefix + " ")) {
            return prefix.toLowerCase(VIETNAMESE) + name.substring(prefix.length());
        }
        return name;
    }

    static String withoutPrefix(UnitView unit) {
        String prefix = unit.type().namePrefix();
        String name = unit.name();
        return prefix != null && name.startsWith(prefix + " ") ? name.substring(prefix.length() + 1) : name;
    }

    /** Used by the unsigned list and the coverage pages to describe a household's grace period. */
    public static String gracePeriodNote(HouseholdStatus h) {
        return h.graceUntil() == null ? "" : WebDates.format(h.graceUntil());
    }
}
