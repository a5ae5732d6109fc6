package vn.xomantoan.shared;

import org.junit.jupiter.api.Test;
import vn.xomantoan.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void searchKeysIgnoreDiacriticsCaseAndTheLetterDd() {
        assertThat(VietnameseText.searchKey("Xã Định Hóa")).isEqualTo("xa dinh hoa");
        assertThat(VietnameseText.searchKey("  KIM   Tân ")).isEqualTo("kim tan");
        // NFD input (as some keyboards send it) folds the same way as NFC.
        assertThat(VietnameseText.searchKey("Ki\u0309m")).isEqualTo(VietnameseText.searchKey("Kỉm"));
    }

    @Test
    void cleanNormalisesToNfcAndCollapsesSpaces() {
        String decomposed = "Xa\u0303  Kim Ta\u0302n";
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Xã Kim Tân");
    }

    @Test
    void cleanGivesWhatCollapsingWithARegularExpressionGives() {
        List<String> samples = List.of("", " ", "a", " a", "a ", "Số 12", "Số  12", "Số\t12", "Ngõ 3\n", "\u0001Ngõ\u0001",
                "Nguyễn\u00A0Văn", "  Nguyễn \r\n Văn  A ", "a\u000Bb", "a\fb", "Ngo\u0303 5", "x  ", "  ");
        for (String s : samples) {
            String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            assertThat(VietnameseText.clean(s)).as("clean(%s)", s).isEqualTo(nfc.replaceAll("\\s+", " ").trim());
        }
    }

    @Test
    void vietnameseOrderPutsLettersWithMarksAfterTheirBaseAndNumbersInNumericOrder() {
        List<String> names = new ArrayList<>(List.of("Đồng Hướng", "Bình Minh", "Ân Hòa", "An Bình", "Dân Chủ",
                "Ăn Cư", "Xóm 10", "Xóm 2"));
        names.sort(VietnameseText.comparator());
        assertThat(names).containsExactly("An Bình", "Ăn Cư", "Ân Hòa", "Bình Minh", "Dân Chủ", "Đồng Hướng", "Xóm 2", "Xóm 10");
    }

    @Test
    void sortKeysCompareAsPlainStringsInVietnameseOrder() {
        List<String> names = List.of("Đồng Hướng", "Dân Chủ", "Ân Hòa", "An Bình", "Xóm 10", "Xóm 2");
        List<String> byKey = new ArrayList<>(names);
        byKey.sort((a, b) -> VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b)));
        List<String> byCollator = new ArrayList<>(names);
        byCollator.sort(VietnameseText.comparator());
        assertThat(byKey).isEqualTo(byCollator);
    }
}
