/**
 * Accounts and who may do what: registration with email confirmation, sign-in, password reset, therapist
 * invitations, the first admin, and personal access tokens for the JSON API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout" })
package org.backcare.identity;
