package se.platslage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlatslageApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatslageApplication.class, args);
    }
}
