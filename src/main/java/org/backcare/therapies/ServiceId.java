package org.backcare.therapies;

public record ServiceId(long value) {
}
