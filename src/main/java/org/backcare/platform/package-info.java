/**
 * What every module stands on: the embedded database, page layout and rendering, error pages (HTML and
 * problem+json), security configuration, throttling and public links. It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.backcare.platform;
