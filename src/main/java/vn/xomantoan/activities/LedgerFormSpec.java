package vn.xomantoan.activities;

import java.util.List;
import java.util.Map;

/**
 * A record type's web form, served by the one shared form page and controller: its fields, how a
 * stored record fills them, and how a typed form is created or saved through the type's service
 * (which checks scope, validates everything before writing, audits, and refuses stale versions).
 * Capabilities declare one bean per record type.
 */
public interface LedgerFormSpec {

    /** The list the record belongs to (its path, title and scope rules). */
    LedgerKind kind();

    /** Base path of the form: {@code base + "/new"} and {@code base + "/{id}/edit"}. */
    String basePath();

    /** Message key of the form's title. */
    String titleKey();

    List<FormField> fields();

    /** Values of a new form (today's date, the user's unit...). */
    Map<String, String> defaults();

    /** A stored record as form values, with its version; NotFound outside the scope, Forbidden when read-only to the caller. */
    Stored load(long id);

    long create(FormInput input);

    void update(long id, long rowVersion, FormInput input);

    /** Where to go after a save: the record's page when it has one, else its list. */
    default String afterSave(long id) {
        return kind().detailPath() != null ? kind().detailPath().replace("{id}", String.valueOf(id)) : kind().path();
    }

    record Stored(Map<String, String> values, long rowVersion) {
    }
}
