package vn.xomantoan.activities;

import java.util.List;

public record MediaItemDraft(String kind, String outlet, String outletKind, String publishedOn, String title, String link,
                             String unitCode, List<String> otherSubjectCodes) {
}
