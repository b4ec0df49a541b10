package org.backcare.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.backcare.homecare.HomeProgramme.Assignment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One client's many tabs and double clicks ticking the same item at the same moment. */
@BackCareTest
class HomeProgrammeRaceTests {

	private static final int TABS = 8;

	private static final String PAGE = "/account/home-programme";

	@LocalServerPort
	int port;

	@Autowired
	HomeProgramme programme;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ticksAnItemOnceWhenTheSameTickArrivesManyTimesAtOnce() throws Exception {
		String email = TestData.email("programme-race");
		var signedIn = WebSession.signedInClient(port, "Rita", email);
		long client = Clients.idOf(port, email);
		programme.assign(client, 21, List.of(new Assignment("cat-cow", null)));
		List<WebSession> tabs = IntStream.range(0, TABS).mapToObj(tab -> new WebSession(port)).toList();
		for (WebSession tab : tabs) {
			tab.useCookie("BACKCARE_SESSION", signedIn.cookie("BACKCARE_SESSION"));
			assertThat(tab.get(PAGE).status()).isEqualTo(200);
		}

		List<WebSession.Response> answers = Together.run(tabs.stream()
			.map(tab -> (Callable<WebSession.Response>) () -> tab.post(PAGE + "/cat-cow/done"))
			.toList());

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.header("Location")).endsWith(PAGE + "#item-cat-cow");
		});
		assertThat(jdbc.sql("select count(*) from homecare_ticks where client_id = ? and item_slug = 'cat-cow'")
			.param(client)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(signedIn.get(PAGE).text()).contains("1 day in a row");
	}
}
