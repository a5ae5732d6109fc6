package vn.xomantoan.documents;

/** Kinds of steering document (glossary: văn bản). */
public enum DocumentType {
    PLAN, RESOLUTION, NOTICE, OFFICIAL_LETTER, GUIDANCE, DECISION, DIRECTIVE, CIRCULAR, PARTY_NOTICE, REPORT
}
