/**
 * Small cross-cutting pieces (Vietnamese text, dates, paging, validation failures) that every
 * capability may use.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.xomantoan.shared;

import org.springframework.modulith.ApplicationModule;
