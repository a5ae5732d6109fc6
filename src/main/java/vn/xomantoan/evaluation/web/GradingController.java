package vn.xomantoan.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xomantoan.evaluation.domain.MovementGrade;
import vn.xomantoan.evaluation.domain.MovementGrading;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The movement grading sheet of a unit's children (page and API). */
@Controller
class GradingController {

    private final MovementGrading grading;
    private final Messages messages;

    GradingController(MovementGrading grading, Messages messages) {
        this.grading = grading;
        this.messages = messages;
    }

    @GetMapping("/evaluation/grades")
    String page(@RequestParam String unit, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("sheet", grading.sheet(unit, y));
        model.addAttribute("grades", MovementGrade.values());
        List<Integer> years = new ArrayList<>();
        for (int i = LocalDate.now().getYear(); i >= 2013; i--) {
            years.add(i);
        }
        model.addAttribute("years", years);
        return "evaluation/grades";
    }

    @PostMapping("/evaluation/grades")
    String save(@RequestParam String parent, @RequestParam String unit, @RequestParam int year, @RequestParam(required = false) String grade,
                @RequestParam(required = false) String points, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/evaluation/grades").queryParam("unit", parent).queryParam("year", year)
                .build().encode().toUriString();
        try {
            MovementGrading.Grade saved = grading.grade(unit, year, parseGrade(grade), parsePoints(points), note);
            redirect.addFlashAttribute("flash", messages.get("eval.grade.saved", String.valueOf(year), saved.unitName(),
                    messages.get("eval.grade." + saved.grade())));
        } catch (ValidationFailure failure) {
            redirect.addFlashAttribute("gradeErrors", Map.of("unit", unit, "errors", messages.byField(failure),
                    "points", points == null ? "" : points, "note", note == null ? "" : note));
        }
        return "redirect:" + back + "#grade-" + unit;
    }

    record GradeRequest(String unit, Integer year, MovementGrade grade, Integer points, String note) {
    }

    @GetMapping("/api/v1/movement-grades")
    @ResponseBody
    @Operation(summary = "Movement grading of the units directly under the unit for the year, with the province's points scheme")
    MovementGrading.Sheet list(@RequestParam String unit, @RequestParam int year) {
        return grading.sheet(unit, year);
    }

    @PostMapping("/api/v1/movement-grades")
    @ResponseBody
    @Operation(summary = "Grades one unit for the year: points where the province has a scheme, otherwise the grade")
    MovementGrading.Grade grade(@RequestBody GradeRequest request) {
        if (request.year() == null) {
            throw ValidationFailure.of("year", "eval.error.yearRequired");
        }
        return grading.grade(request.unit(), request.year(), request.grade(), request.points(), request.note());
    }

    private static MovementGrade parseGrade(String grade) {
        if (grade == null || grade.isBlank()) {
            return null;
        }
        try {
            return MovementGrade.valueOf(grade);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("grade", "eval.grade.error.gradeRequired");
        }
    }

    private static Integer parsePoints(String points) {
        if (points == null || points.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(points.trim());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of("points", "eval.grade.error.pointsRange", 100);
        }
    }
}
