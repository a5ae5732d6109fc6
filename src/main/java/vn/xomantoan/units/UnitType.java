package vn.xomantoan.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of unit the law and the movement know. The Vietnamese prefix is how official names
 * start ("Xã Kim Tân"); establishments have no prefix.
 */
public enum UnitType {
    TINH(UnitLevel.PROVINCE, "Tỉnh"),
    THANH_PHO_TW(UnitLevel.PROVINCE, "Thành phố"),
    HUYEN(UnitLevel.DISTRICT, "Huyện"),
    QUAN(UnitLevel.DISTRICT, "Quận"),
    THI_XA(UnitLevel.DISTRICT, "Thị xã"),
    THANH_PHO(UnitLevel.DISTRICT, "Thành phố"),
    XA(UnitLevel.COMMUNE, "Xã"),
    PHUONG(UnitLevel.COMMUNE, "Phường"),
    THI_TRAN(UnitLevel.COMMUNE, "Thị trấn"),
    DAC_KHU(UnitLevel.COMMUNE, "Đặc khu"),
    THON(UnitLevel.RESIDENTIAL_AREA, "Thôn"),
    XOM(UnitLevel.RESIDENTIAL_AREA, "Xóm"),
    TO_DAN_PHO(UnitLevel.RESIDENTIAL_AREA, "Tổ dân phố"),
    KHU_PHO(UnitLevel.RESIDENTIAL_AREA, "Khu phố"),
    BAN(UnitLevel.RESIDENTIAL_AREA, "Bản"),
    AP(UnitLevel.RESIDENTIAL_AREA, "Ấp"),
    KHU_DAN_CU(UnitLevel.RESIDENTIAL_AREA, "Khu dân cư"),
    AGENCY(UnitLevel.ESTABLISHMENT, null),
    ENTERPRISE(UnitLevel.ESTABLISHMENT, null),
    SCHOOL(UnitLevel.ESTABLISHMENT, null),
    PAGODA(UnitLevel.ESTABLISHMENT, null),
    PARISH_CHURCH(UnitLevel.ESTABLISHMENT, null),
    TEMPLE(UnitLevel.ESTABLISHMENT, null);

    private final UnitLevel level;
    private final String namePrefix;

    UnitType(UnitLevel level, String namePrefix) {
        this.level = level;
        this.namePrefix = namePrefix;
    }

    public UnitLevel level() {
        return level;
    }

    public String namePrefix() {
        return namePrefix;
    }

    public boolean isReligiousSite() {
        return this == PAGODA || this == PARISH_CHURCH || this == TEMPLE;
    }

    public static List<UnitType> ofLevel(UnitLevel level) {
        return Arrays.stream(values()).filter(t -> t.level == level).toList();
    }

    /** The type named by the Vietnamese word used in the official data files, at a given level. */
    public static Optional<UnitType> fromVietnamese(String word, UnitLevel level) {
        return Arrays.stream(values())
                .filter(t -> t.level == level && t.namePrefix != null && t.namePrefix.equalsIgnoreCase(word.trim()))
                .findFirst();
    }
}
