/** A district profile: everything a district can differ in, as data (roster, units, deadlines, calendar). */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
package vn.pakn.domain.district;

import org.immutables.value.Value;
