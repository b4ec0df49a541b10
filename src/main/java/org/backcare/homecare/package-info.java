/**
 * Self-care at home: the library of self-care items written for BackCare (self-massage, stretches, warmth,
 * movement, the preparation checklist and aftercare), each with its steps, cautions and who should not do it,
 * and each client's home programme, which they tick off day by day. Care plans refer to items by slug through
 * {@link org.backcare.homecare.HomeCareLibrary} and assign them through {@link org.backcare.homecare.HomeProgramme}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity" })
package org.backcare.homecare;
