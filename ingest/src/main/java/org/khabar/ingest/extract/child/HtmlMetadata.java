package org.khabar.ingest.extract.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date, canonical URL and language of a news page, from the places publishers
 * put them: JSON-LD ({@code NewsArticle} and friends), Open Graph and article meta tags, the
 * common date meta names, {@code <time datetime>}, {@code <link rel=canonical>} and
 * {@code <html lang>}.
 */
public record HtmlMetadata(String title, List<String> published, String canonicalUrl, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON-LD blocks larger than this are skipped: a news page's structured data is a few KB. */
    private static final int MAX_JSON_LD_CHARS = 512 * 1024;
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews",
            "analysisnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "webpage",
            "opinionnewsarticle", "reviewnewsarticle");
    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
            "article.published", "originalpublicationdate", "og:published_time", "published_time");

    public static HtmlMetadata of(Document doc) {
        JsonLd ld = jsonLd(doc);
        String title = first(ld.headline, meta(doc, "og:title"), meta(doc, "twitter:title"), headline(doc),
                doc.title());
        List<String> dates = new ArrayList<>();
        if (ld.datePublished != null) {
            dates.add(ld.datePublished);
        }
        for (String name : DATE_META) {
            String v = meta(doc, name);
            if (v != null) {
                dates.add(v);
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String v = first(e.attr("content"), e.attr("datetime"));
            if (v != null) {
                dates.add(v);
            }
        }
        for (Element e : doc.select("time[datetime]")) {
            dates.add(e.attr("datetime"));
        }
        if (ld.dateModified != null) {
            dates.add(ld.dateModified);
        }
        String canonical = first(absolute(doc.selectFirst("link[rel=canonical][href]"), "href"),
                absoluteUrl(doc, meta(doc, "og:url")), absoluteUrl(doc, ld.url));
        String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                httpEquiv(doc, "content-language"), meta(doc, "language"), meta(doc, "og:locale"), ld.inLanguage);
        return new HtmlMetadata(title == null ? null : title.strip(), List.copyOf(new LinkedHashSet<>(dates)),
                canonical, normalizeLanguage(lang));
    }

    /** "ar-SA", "ar_EG" to "ar"; null for empty or odd values. */
    static String normalizeLanguage(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (cut > 0) {
            l = l.substring(0, cut);
        }
        return l.matches("[a-z]{2,3}") ? l : null;
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null ? null : h1.text();
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(attr).equalsIgnoreCase(name)) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String name) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(name)) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return http(abs.isEmpty() ? e.attr(attr) : abs);
    }

    private static String absoluteUrl(Document doc, String url) {
        if (url == null) {
            return null;
        }
        try {
            String base = doc.location();
            if (base != null && !base.isEmpty()) {
                return http(java.net.URI.create(base).resolve(url.strip()).toString());
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return http(url.strip());
    }

    private static String http(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static final class JsonLd {
        String headline;
        String datePublished;
        String dateModified;
        String url;
        String inLanguage;
    }

    private static JsonLd jsonLd(Document doc) {
        JsonLd out = new JsonLd();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                visit(JSON.readTree(json), out, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // publishers' JSON-LD is often broken: ignore it
            }
            if (out.datePublished != null && out.headline != null) {
                break;
            }
        }
        return out;
    }

    private static void visit(JsonNode node, JsonLd out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                visit(n, out, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            if (out.headline == null) {
                out.headline = text(node.get("headline"));
            }
            if (out.datePublished == null) {
                out.datePublished = text(node.get("datePublished"));
            }
            if (out.dateModified == null) {
                out.dateModified = text(node.get("dateModified"));
            }
            if (out.url == null) {
                out.url = text(node.get("url"));
                JsonNode page = node.get("mainEntityOfPage");
                if (out.url == null && page != null) {
                    out.url = page.isTextual() ? page.asText() : text(page.get("@id"));
                }
            }
            if (out.inLanguage == null) {
                out.inLanguage = text(node.get("inLanguage"));
            }
        }
        visit(node.get("@graph"), out, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode n) {
        return n != null && n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
    }
}
