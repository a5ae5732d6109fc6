package vn.xomantoan.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI xomAnToanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Xóm An Toàn API").version("v1")
                        .description("Dữ liệu phong trào \"Tổ dân phố, thôn, xóm an toàn\". Mọi lời gọi chỉ thấy các đơn vị trong "
                                + "phạm vi của tài khoản; ngoài phạm vi trả về 404. / Data of the safe-hamlets movement; every call "
                                + "sees only the caller's units, others answer 404."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
