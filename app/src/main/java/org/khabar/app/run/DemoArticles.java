package org.khabar.app.run;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The articles {@code khabar run} ingests when given no input: short fictional Arabic reports
 * written for Khabar (no real outlet's text), one of them a re-run copy, to show the pipeline.
 */
public final class DemoArticles {
    public static final String RESOURCE = "/org/khabar/app/demo/articles.jsonl";

    private DemoArticles() {
    }

    public static BufferedReader open() {
        InputStream in = DemoArticles.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("demo articles missing from the build: " + RESOURCE);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
