/** The petition aggregate: its lifecycle through R2–R4, every change an event, illegal steps refused with a reason. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
package vn.pakn.domain.petition;

import org.immutables.value.Value;
