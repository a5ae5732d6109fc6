package vn.xomantoan.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.ValidationFailure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns rule violations into sentences in the user's language. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public List<String> all(ValidationFailure failure) {
        return failure.problems().stream().map(p -> get(p.messageKey(), p.args())).toList();
    }

    /** Field name (or "" for the form as a whole) to its messages, for showing errors next to fields. */
    public Map<String, String> byField(ValidationFailure failure) {
        Map<String, String> map = new LinkedHashMap<>();
        failure.problems().forEach(p -> map.merge(p.field() == null ? "" : p.field(), get(p.messageKey(), p.args()),
                (a, b) -> a + " " + b));
        return map;
    }
}
