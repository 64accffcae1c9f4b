package io.contractspec.spring;

import io.contractspec.testing.rest.ConformanceHandlers;
import io.contractspec.testing.rest.ConformanceTarget;
import io.contractspec.testing.rest.RestConformanceKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The starter's Spring MVC adapter passes the same REST conformance kit as the Javalin adapter. */
@SpringBootTest(classes = ConformanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringConformanceTest implements RestConformanceKit {

    @LocalServerPort
    int port;

    @Autowired
    ConformanceHandlers handlers;

    @Override
    public ConformanceTarget target() {
        return ConformanceTarget.of(port, handlers);
    }
}
