package org.backcare.identity;

public record AccountId(long value) {
}
