/**
 * Self-care at home: the library of self-care items written for BackCare (self-massage, stretches, warmth,
 * movement, the preparation checklist and aftercare), each with its steps, cautions and who should not do it.
 * Care plans refer to items by slug through {@link org.backcare.homecare.HomeCareLibrary}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout" })
package org.backcare.homecare;
