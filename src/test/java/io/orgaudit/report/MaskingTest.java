package io.orgaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void keepsOnlyTheDomainOfAnEmailAddress() {
        assertThat(Masking.email("alice.smith@example.com")).isEqualTo("***@example.com");
        assertThat(Masking.email(" Bob@Sub.Example.org ")).isEqualTo("***@Sub.Example.org");
    }

    @Test
    void hidesAnAccountEmailWithoutDomainEntirely() {
        assertThat(Masking.email("not-an-address")).isEqualTo("***");
        assertThat(Masking.email("trailing@")).isEqualTo("***");
        assertThat(Masking.email(null)).isEmpty();
    }

    @Test
    void masksEmailEndpointsLikeAccountEmails() {
        assertThat(Masking.endpoint("secops@example.com")).isEqualTo("***@example.com");
        assertThat(Masking.endpoint("mailto:secops@example.com")).isEqualTo("mailto:***@example.com");
    }

    @Test
    void keepsSchemeAndHostOfAUrlButHidesUserInfoPathAndQuery() {
        assertThat(Masking.endpoint("https://user:secret@hooks.example.com/services/T0/B0/XYZ"))
                .isEqualTo("https://hooks.example.com/***");
        assertThat(Masking.endpoint("http://alerts.example.com:8080/?token=abc")).isEqualTo("http://alerts.example.com:8080/***");
        assertThat(Masking.endpoint("https://alerts.example.com")).isEqualTo("https://alerts.example.com");
        assertThat(Masking.endpoint("https://")).isEqualTo("***");
    }

    @Test
    void keepsOnlyTheLastTwoDigitsOfAPhoneNumber() {
        assertThat(Masking.endpoint("+15551234567")).isEqualTo("+*********67");
        assertThat(Masking.endpoint("+44 20 7946 0958")).isEqualTo("+**********58");
    }

    @Test
    void keepsArnsOfLambdaSqsAndFirehoseEndpoints() {
        String lambda = "arn:aws:lambda:us-east-1:123456789012:function:notify";
        assertThat(Masking.endpoint(lambda)).isEqualTo(lambda);
    }

    @Test
    void hidesAnEndpointOfUnknownShape() {
        assertThat(Masking.endpoint("device-token-abcdef")).isEqualTo("***");
        assertThat(Masking.endpoint("")).isEmpty();
    }
}
