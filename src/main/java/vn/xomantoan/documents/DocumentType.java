package vn.xomantoan.documents;

/** Kinds of steering document (glossary: văn bản). */
public enum DocumentType {
    PLAN, NOTICE, OFFICIAL_LETTER, GUIDANCE, DECISION, DIRECTIVE, CIRCULAR, PARTY_NOTICE, REPORT
}
