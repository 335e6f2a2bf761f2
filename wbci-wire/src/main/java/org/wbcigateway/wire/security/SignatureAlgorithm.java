package org.wbcigateway.wire.security;

import java.util.Arrays;
import java.util.Optional;
import org.apache.wss4j.common.WSS4JConstants;

/**
 * The XML signature algorithms WBCI uses (spec §5): RSA-SHA256 for new partners, RSA-SHA1 as in the 2013 samples,
 * each with its digest.
 */
public enum SignatureAlgorithm {
    RSA_SHA256(WSS4JConstants.RSA_SHA256, WSS4JConstants.SHA256),
    RSA_SHA1(WSS4JConstants.RSA_SHA1, WSS4JConstants.SHA1);

    private final String signatureUri;
    private final String digestUri;

    SignatureAlgorithm(String signatureUri, String digestUri) {
        this.signatureUri = signatureUri;
        this.digestUri = digestUri;
    }

    public String signatureUri() {
        return signatureUri;
    }

    public String digestUri() {
        return digestUri;
    }

    public static Optional<SignatureAlgorithm> bySignatureUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.signatureUri.equals(uri)).findFirst();
    }

    public static Optional<SignatureAlgorithm> byDigestUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.digestUri.equals(uri)).findFirst();
    }
}
