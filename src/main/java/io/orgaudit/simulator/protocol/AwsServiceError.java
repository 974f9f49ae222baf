package io.orgaudit.simulator.protocol;

/** An error answer in AWS terms; each endpoint renders it in its protocol's error shape. */
public final class AwsServiceError extends RuntimeException {

    private final int status;
    private final String code;

    public AwsServiceError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Query protocol's {@code <Type>}: Receiver for server-side faults, Sender otherwise. */
    String faultType() {
        return status >= 500 ? "Receiver" : "Sender";
    }
}
