package org.reggraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A digest of the extractor as built: its classes and its vocabulary files. A start-up load's mark keeps it, so that a
 * service upgraded to another extractor loads its folders again on the next start ({@code on-empty} would otherwise keep
 * the graph the old rules wrote; the reload rewrites only the documents whose extraction changed).
 */
final class ExtractorFingerprint {

    private static final String[] PATTERNS = {
            "classpath*:org/reggraph/extract/**/*.class", "classpath*:org/reggraph/extract/lexicon/**/*"};

    private static final Logger log = LoggerFactory.getLogger(ExtractorFingerprint.class);

    private static volatile String cached;

    private ExtractorFingerprint() {
    }

    /** The digest of the extractor on the class path, hex; computed once per process. */
    static String current() {
        String value = cached;
        if (value == null) {
            long started = System.nanoTime();
            value = compute(ExtractorFingerprint.class.getClassLoader());
            cached = value;
            log.debug("Extractor fingerprint {} read in {} ms", value, (System.nanoTime() - started) / 1_000_000);
        }
        return value;
    }

    static String compute(ClassLoader loader) {
        MessageDigest digest = sha256();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        try {
            for (String pattern : PATTERNS) {
                Resource[] resources = resolver.getResources(pattern);
                // the order of a folder or jar listing is not fixed; the digest must not depend on it
                Arrays.sort(resources, Comparator.comparing(ExtractorFingerprint::relativePath));
                for (Resource resource : resources) {
                    if (resource.isReadable()) {
                        digest.update(relativePath(resource).getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = resource.getInputStream()) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The extractor's classes could not be read for its fingerprint", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The path from the package root on, the same in a folder, a jar or a nested jar. */
    private static String relativePath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("org/reggraph/extract/");
            return at < 0 ? url : url.substring(at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
