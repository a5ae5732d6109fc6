package vn.xomantoan.households.demo;

import java.time.LocalDate;

/** A residential area's whole life under its stable code, as the demo needs it. */
record DemoArea(String code, String name, String type, LocalDate firstDay, LocalDate lastDay, String communeCode,
                String districtCode) {

    boolean openOn(LocalDate date) {
        return !firstDay.isAfter(date) && (lastDay == null || !lastDay.isBefore(date));
    }
}
