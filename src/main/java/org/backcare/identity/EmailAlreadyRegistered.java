package org.backcare.identity;

class EmailAlreadyRegistered extends RuntimeException {

	EmailAlreadyRegistered(String email) {
		super("An account already exists for " + email);
	}
}
