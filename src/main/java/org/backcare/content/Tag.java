package org.backcare.content;

/** A topic articles are filed under, e.g. {@code sciatica|Sciatica}. */
record Tag(String slug, String name) {
}
