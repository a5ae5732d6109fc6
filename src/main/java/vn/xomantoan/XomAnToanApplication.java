package vn.xomantoan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class XomAnToanApplication {
    public static void main(String[] args) {
        SpringApplication.run(XomAnToanApplication.class, args);
    }
}
