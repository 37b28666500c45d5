package io.customercodes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CustomerCodesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerCodesApplication.class, args);
    }
}
