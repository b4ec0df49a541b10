package org.backcare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the modules honest (only declared dependencies, only through their APIs) and documents them. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BackCare.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
