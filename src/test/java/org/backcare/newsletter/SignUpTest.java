package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SignUpTest {

	@Test
	void aPlainSignUpPassesTrimmedAndInLowerCase() {
		var signUp = new SignUp("  Sam@Example.COM ", "  Sam ", List.of("SELF_CARE", "DESK_WORK"));

		assertThat(signUp.problems().isEmpty()).isTrue();
		assertThat(signUp.email()).isEqualTo("sam@example.com");
		assertThat(signUp.firstName()).isEqualTo("Sam");
		assertThat(signUp.chosen()).containsExactlyInAnyOrder(Interest.SELF_CARE, Interest.DESK_WORK);
	}

	@Test
	void theFirstNameIsOptional() {
		var signUp = new SignUp("sam@example.com", "   ", List.of("NEW_ARTICLES"));

		assertThat(signUp.problems().isEmpty()).isTrue();
		assertThat(signUp.firstName()).isNull();
	}

	@Test
	void refusesAddressesThatAreNotOne() {
		for (String email : Arrays.asList(null, "", "sam", "sam@", "@example.com", "sam@example", "s am@example.com",
				"sam@@example.com")) {
			assertThat(new SignUp(email, null, List.of("SELF_CARE")).problems().has("email")).as(String.valueOf(email))
				.isTrue();
		}
	}

	@Test
	void refusesAnAddressLongerThan254Characters() {
		String local = "a".repeat(64);
		String tooLong = local + "@" + "b".repeat(190) + ".com";
		String longest = local + "@" + "b".repeat(185) + ".com";

		assertThat(new SignUp(tooLong, null, List.of("SELF_CARE")).problems().get("email")).contains("254");
		assertThat(longest).hasSize(254);
		assertThat(new SignUp(longest, null, List.of("SELF_CARE")).problems().has("email")).isFalse();
	}

	@Test
	void refusesAFirstNameOver60Characters() {
		assertThat(new SignUp("a@b.co", "x".repeat(60), List.of("SELF_CARE")).problems().has("firstName")).isFalse();
		assertThat(new SignUp("a@b.co", "x".repeat(61), List.of("SELF_CARE")).problems().get("firstName")).contains("60");
	}

	@Test
	void needsAtLeastOneKnownTopic() {
		assertThat(new SignUp("a@b.co", null, List.of()).problems().get("interests")).isEqualTo("Choose at least one topic.");
		assertThat(new SignUp("a@b.co", null, null).problems().has("interests")).isTrue();
		assertThat(new SignUp("a@b.co", null, List.of("SELF_CARE", "self_care")).problems().get("interests"))
			.isEqualTo("Choose topics from the list.");
	}

	@Test
	void storesTopicsInTheEnumsOrder() {
		assertThat(SignUp.codes(Set.of(Interest.SHOP_OFFERS, Interest.SELF_CARE))).containsExactly("SELF_CARE", "SHOP_OFFERS");
		assertThat(SignUp.codes(Set.of())).isEmpty();
	}

	@Test
	void preferencesAcceptThePracticesScheduleWeeklyOrFortnightlyOnly() {
		assertThat(new Preferences(null, List.of("SELF_CARE"), "").everyDays()).isNull();
		assertThat(new Preferences(null, List.of("SELF_CARE"), "7").problems().isEmpty()).isTrue();
		assertThat(new Preferences(null, List.of("SELF_CARE"), "14").everyDays()).isEqualTo(14);
		assertThat(new Preferences(null, List.of("SELF_CARE"), "3").problems().has("frequency")).isTrue();
		assertThat(new Preferences(null, List.of("SELF_CARE"), "weekly").problems().has("frequency")).isTrue();
	}

	@Test
	void aWebFormThatClaimsToBeTheApiCountsAsTheNewsletterPage() {
		assertThat(new SignUpRequest("a@b.co", "", List.of(), "API", "").origin()).isEqualTo(SignUpForm.PAGE);
		assertThat(new SignUpRequest("a@b.co", "", List.of(), "FOOTER", "").origin()).isEqualTo(SignUpForm.FOOTER);
		assertThat(new SignUpRequest("a@b.co", "", List.of(), null, "").origin()).isEqualTo(SignUpForm.PAGE);
	}

	@Test
	void anArticleTicksItsOwnTopicsAndEveryNewArticle() {
		assertThat(NewsletterOnArticles.ticked(Set.of("desk-work", "evidence")))
			.containsExactlyInAnyOrder(Interest.DESK_WORK, Interest.NEW_ARTICLES);
		assertThat(NewsletterOnArticles.ticked(Set.of("pregnancy", "heat-and-cold")))
			.containsExactlyInAnyOrder(Interest.PREGNANCY, Interest.SELF_CARE, Interest.NEW_ARTICLES);
		assertThat(NewsletterOnArticles.ticked(Set.of("sciatica"))).isEqualTo(Interest.SUGGESTED);
	}

	@Test
	void aMaskedAddressShowsItsFirstLetterAndDomainOnly() {
		assertThat(MaskedEmail.of("sam@example.com")).isEqualTo("s•••@example.com");
		assertThat(MaskedEmail.of("x@y.co")).isEqualTo("x•••@y.co");
		assertThat(MaskedEmail.of("nonsense")).isEqualTo("•••");
	}
}
