package org.backcare.identity;

public enum Role {

	CLIENT, THERAPIST, ADMIN;

	String authority() {
		return "ROLE_" + name();
	}
}
