/** The working group: people, roles, sectors each owned by one member, duties, delegation. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
package vn.pakn.domain.roster;

import org.immutables.value.Value;
