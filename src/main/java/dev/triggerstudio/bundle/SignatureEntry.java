package dev.triggerstudio.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code manifest.sig}: an Ed25519 signature of the exact bytes of {@code manifest.json}.
 * The public key is carried only to name the signer; verification uses the key the user trusts.
 *
 * @param publicKey base64 of the signer's X.509 DER public key
 * @param signature base64 of the 64-byte signature
 */
@JsonPropertyOrder({"algorithm", "key_id", "public_key", "signature"})
public record SignatureEntry(String algorithm, String keyId, String publicKey, String signature) {
}
