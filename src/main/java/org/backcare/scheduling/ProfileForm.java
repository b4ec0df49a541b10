package org.backcare.scheduling;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.backcare.platform.FileType;
import org.backcare.platform.FormErrors;
import org.backcare.therapies.Skill;

/**
 * A therapist's profile as the admin fills it in: plain-text bio, training, whether they can be booked, and a
 * photo whose type is read from its first bytes.
 *
 * @param photo the uploaded photo, or null when none was sent or it was too large to read
 */
record ProfileForm(String bio, List<String> skills, boolean active, boolean removePhoto, long photoSize, byte[] photo) {

	static final int MAX_BIO = 2000;

	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	ProfileForm {
		bio = bio == null ? "" : bio;
		skills = skills == null ? List.of() : List.copyOf(skills);
	}

	/** A new profile, starting from what the therapist wrote about themselves, if anything. */
	static ProfileForm fresh(String bio) {
		return new ProfileForm(bio, List.of(), true, false, 0, null);
	}

	static ProfileForm of(Therapist therapist) {
		return new ProfileForm(therapist.bio(), therapist.skills().stream().map(Skill::name).toList(), therapist.active(), false, 0, null);
	}

	FormErrors check() {
		var errors = FormErrors.none();
		if (bio.strip().length() > MAX_BIO) {
			errors.field("bio", "Keep the bio to 2,000 characters or fewer (it has " + bio.strip().length() + ").");
		}
		if (!skills.stream().allMatch(name -> Arrays.stream(Skill.values()).anyMatch(skill -> skill.name().equals(name)))) {
			errors.field("skills", "Choose the training from the list.");
		}
		if (photoSize > 0 && (photoSize > MAX_PHOTO_BYTES || photo == null)) {
			errors.field("photo", "The photo is too large: at most 2 MB.");
		}
		else if (photoSize > 0 && newPhoto() == null) {
			errors.field("photo", "Upload the photo as a JPEG or PNG file.");
		}
		return errors;
	}

	boolean has(Skill skill) {
		return skills.contains(skill.name());
	}

	Set<Skill> skillSet() {
		Set<Skill> set = EnumSet.noneOf(Skill.class);
		skills.forEach(name -> set.add(Skill.valueOf(name)));
		return set;
	}

	/** The uploaded photo when it is a JPEG or PNG, else null. */
	Therapists.Photo newPhoto() {
		return FileType.of(photo)
			.filter(type -> type == FileType.JPEG || type == FileType.PNG)
			.map(type -> new Therapists.Photo(type.mediaType(), photo))
			.orElse(null);
	}
}
