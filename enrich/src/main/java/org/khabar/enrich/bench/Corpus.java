package org.khabar.enrich.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.model.RawArticle;

/** A benchmark corpus: the raw articles of a JSON-lines file, and how many lines the decoder refused. */
record Corpus(List<RawArticle> articles, int refused) {

    static Corpus load(Path file) throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        int refused = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.add(RawArticleDecoder.decode(line.getBytes(StandardCharsets.UTF_8)));
                } catch (RawArticleDecoder.InvalidArticleException e) {
                    refused++; // a benchmark measures what it can read, and says how much it could not
                }
            }
        }
        return new Corpus(List.copyOf(articles), refused);
    }
}
