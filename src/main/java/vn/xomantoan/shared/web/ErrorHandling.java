package vn.xomantoan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.xomantoan.shared.ValidationFailure;

/**
 * A broken rule that reaches the top (a bad date in a URL, an API call with bad input) answers 400
 * with the reasons in the user's language. Forms catch their own failures to show them in place.
 */
@ControllerAdvice
class ErrorHandling {

    private final Messages messages;

    ErrorHandling(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        mav.addObject("status", 400);
        mav.addObject("problems", java.util.List.of(messages.get("error.fileTooLarge")));
        return mav;
    }

    @ExceptionHandler(ValidationFailure.class)
    Object invalid(ValidationFailure failure, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setTitle(messages.get("error.invalidRequest"));
            problem.setDetail(String.join(" ", messages.all(failure)));
            problem.setProperty("errors", messages.byField(failure));
            return ResponseEntity.badRequest().body(problem);
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.BAD_REQUEST);
        mav.addObject("status", 400);
        mav.addObject("problems", messages.all(failure));
        return mav;
    }
}
