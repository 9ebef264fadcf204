package org.khabar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documented JSON Schemas (docs/schemas) describe exactly what the serde writes. */
class JsonSchemaTest {
    private static final Path SCHEMAS = Path.of("..", "docs", "schemas");
    private static final Instant T = Instant.parse("2025-02-01T12:00:00Z");

    private static Set<ValidationMessage> validate(String schemaFile, String json) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(schemaFile)));
        JsonNode node = Json.mapper().readTree(json);
        return schema.validate(node);
    }

    @Test
    void rawArticles() throws Exception {
        RawArticle raw = new RawArticle("a1", "outlet", "https://x.invalid/a", "عنوان", T, "ar", "نص الخبر");
        assertEquals(Set.of(), validate("raw-article.schema.json", JsonSerde.of(RawArticle.class).toJson(raw)));
        assertFalse(validate("raw-article.schema.json", "{\"id\":\"a\"}").isEmpty(), "text is required");
    }

    @Test
    void enrichedArticles() throws Exception {
        RawArticle raw = new RawArticle("a1", "outlet", null, null, T, "ar", "قتل شخصان في بغداد أمس");
        Enrichment e = new Enrichment(
                List.of(new Entity(EntityType.LOCATION, "بغداد", List.of(new Mention("بغداد", 14, 19)))),
                List.of(new DateMention("أمس", 20, 23, "2025-01-31", DateGranularity.DAY, "GREGORIAN", true)),
                new Casualties(2, null, List.of(new CasualtyMention(CasualtyKind.KILLED, 2, null, "قتل شخصان", 0, 9, true))));
        EnrichedArticle enriched = EnrichedArticle.of(raw, ArticleIds.fingerprint(raw.text()), e, T);
        assertEquals(Set.of(), validate("enriched-article.schema.json", JsonSerde.of(EnrichedArticle.class).toJson(enriched)));
        String copy = JsonSerde.of(EnrichedArticle.class).toJson(enriched.asDuplicateOf("a0", 0.97));
        assertEquals(Set.of(), validate("enriched-article.schema.json", copy));
        assertTrue(copy.contains("\"duplicateOf\":\"a0\""));
    }

    @Test
    void duplicateNotices() throws Exception {
        RawArticle raw = new RawArticle("c1", "other", null, null, T, "ar", "نص");
        DuplicateNotice n = DuplicateNotice.of(raw, "a1", 1.0, T);
        assertEquals(Set.of(), validate("duplicate-notice.schema.json", JsonSerde.of(DuplicateNotice.class).toJson(n)));
    }
}
