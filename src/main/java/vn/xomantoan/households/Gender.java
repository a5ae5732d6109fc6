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
        // The spellings files nearly always use, without building a search key.
        switch (text) {
            case "Nam", "nam", "NAM", "MALE", "Male", "male" -> {
                return Optional.of(MALE);
            }
            case "Nữ", "nữ", "NỮ", "FEMALE", "Female", "female" -> {
                return Optional.of(FEMALE);
            }
            default -> {
            }
        }
        return switch (VietnameseText.searchKey(text)) {
            case "nam", "male", "m", "trai" -> Optional.of(MALE);
            case "nu", "female", "f", "gai" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
