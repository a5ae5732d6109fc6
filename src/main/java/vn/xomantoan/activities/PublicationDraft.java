package vn.xomantoan.activities;

import java.util.List;

/** A publication with its print run and (optionally) its first distributions. */
public record PublicationDraft(String kind, String title, String unitCode, String publishedOn, Long copiesPrinted,
                               List<DistributionDraft> distributions) {
}
