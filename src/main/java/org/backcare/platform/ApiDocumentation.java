package org.backcare.platform;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "BackCare API", version = "v1",
		description = "Get a personal access token with POST /api/v1/auth/tokens and send it as "
				+ "`Authorization: Bearer <token>`. Errors are RFC 9457 problem documents (application/problem+json)."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal access token")
class ApiDocumentation {
}
