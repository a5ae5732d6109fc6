package vn.xomantoan.households;

import vn.xomantoan.shared.text.VietnameseText;

import java.util.Optional;

/** Gender of a household head or a key person, kept because figures ("women party-cell secretaries") need it. */
public enum Gender {
    MALE, FEMALE;

    /** Reads "Nam"/"Nữ" (with or without diacritics), "male"/"female", "M"/"F" or the constant name. */
    public static Optional<Gender> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (VietnameseText.searchKey(text)) {
            case "nam", "male", "m", "trai" -> Optional.of(MALE);
            case "nu", "female", "f", "gai" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
