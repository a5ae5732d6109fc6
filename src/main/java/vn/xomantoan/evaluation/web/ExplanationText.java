package vn.xomantoan.evaluation.web;

import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.Explanation;
import vn.xomantoan.shared.web.Messages;

import java.util.List;

/** Explanations in the user's language: each sentence from the bundle, '#'-arguments resolved as keys. */
@Component("evaluationExplanationText")
class ExplanationText {

    private final Messages messages;

    ExplanationText(Messages messages) {
        this.messages = messages;
    }

    String render(List<Explanation> lines) {
        StringBuilder sb = new StringBuilder();
        for (Explanation e : lines) {
            Object[] args = e.args().stream().map(a -> a.startsWith("#") ? messages.get(a.substring(1)) : (Object) a).toArray();
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(messages.get(e.key(), args));
        }
        return sb.toString();
    }

    String message(String key, Object... args) {
        Object[] resolved = java.util.Arrays.stream(args)
                .map(a -> a instanceof String s && s.startsWith("#") ? messages.get(s.substring(1)) : a).toArray();
        return messages.get(key, resolved);
    }
}
