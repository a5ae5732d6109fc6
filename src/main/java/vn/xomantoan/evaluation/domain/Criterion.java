package vn.xomantoan.evaluation.domain;

/** One criterion of a set, as data: official code, texts, how it is decided, its rule and parameters. */
public record Criterion(String setCode, String code, int position, Mode mode, String rule, Params params,
                        String textVi, String textEn, String note, String provinceCode) {

    public String text(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textVi;
    }

    public Criterion withParams(Params p) {
        return new Criterion(setCode, code, position, mode, rule, p, textVi, textEn, note, provinceCode);
    }
}
