package io.orgaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrgauditApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(OrgauditApplication.class, args)));
    }
}
