package vn.xomantoan.units.imports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The words of the shared data format: levels in lower case ("residential_area"), unit types by
 * their Vietnamese word ("Thôn", "Tổ dân phố"; for establishments the Vietnamese label, "Doanh
 * nghiệp"). Reading also accepts the enum names and the labels of the message bundles.
 */
@Component
class UnitFormat {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final MessageSource messages;

    UnitFormat(MessageSource messages) {
        this.messages = messages;
    }

    static String levelWord(UnitLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    static Optional<UnitLevel> level(String word) {
        return Arrays.stream(UnitLevel.values()).filter(l -> l.name().equalsIgnoreCase(word.trim())).findFirst();
    }

    /** The word of the data files: the name prefix, or the Vietnamese label for establishments. */
    String typeWord(UnitType type) {
        return type.namePrefix() != null ? type.namePrefix() : vietnamese("unit.type." + type.name());
    }

    Optional<UnitType> type(String word, UnitLevel level) {
        String w = VietnameseText.clean(word);
        return UnitType.ofLevel(level).stream()
                .filter(t -> Stream.of(t.name(), t.namePrefix(), vietnamese("unit.type." + t.name()), english("unit.type." + t.name()))
                        .anyMatch(w::equalsIgnoreCase))
                .findFirst();
    }

    /** The types of a level, as the data files write them (for messages). */
    String typeWords(UnitLevel level) {
        return String.join(", ", UnitType.ofLevel(level).stream().map(this::typeWord).toList());
    }

    String sizeLabel(EnterpriseSize size) {
        return vietnamese("unit.size." + size.name());
    }

    String schoolLabel(SchoolLevel school) {
        return vietnamese("unit.school." + school.name());
    }

    Optional<EnterpriseSize> size(String word) {
        return match(EnterpriseSize.values(), "unit.size.", word);
    }

    Optional<SchoolLevel> school(String word) {
        return match(SchoolLevel.values(), "unit.school.", word);
    }

    /** MERGE... or the Vietnamese words (sáp nhập, chia tách...), with or without diacritics. */
    Optional<SuccessionKind> kind(String word) {
        String key = VietnameseText.searchKey(word).replace('_', ' ');
        return Arrays.stream(SuccessionKind.values())
                .filter(k -> Stream.of(k.name(), vietnamese("succession.kind." + k.name()), english("succession.kind." + k.name()))
                        .anyMatch(label -> VietnameseText.searchKey(label).replace('_', ' ').equals(key)))
                .findFirst();
    }

    private <E extends Enum<E>> Optional<E> match(E[] values, String keyPrefix, String word) {
        String w = VietnameseText.clean(word);
        return Arrays.stream(values)
                .filter(v -> Stream.of(v.name(), vietnamese(keyPrefix + v.name()), english(keyPrefix + v.name()))
                        .anyMatch(w::equalsIgnoreCase))
                .findFirst();
    }

    /** Header labels accepted for a column: its data-format name and its labels in both languages. */
    List<String> columnLabels(String column) {
        return List.of(column, vietnamese("imports.column." + column), english("imports.column." + column));
    }

    String vietnamese(String key) {
        return messages.getMessage(key, null, key, VIETNAMESE);
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
