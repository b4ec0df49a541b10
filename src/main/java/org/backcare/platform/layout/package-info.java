/** The shared page layout and form templates (generated from {@code src/main/jte/platform/layout}). */
@org.springframework.modulith.NamedInterface("layout")
package org.backcare.platform.layout;
