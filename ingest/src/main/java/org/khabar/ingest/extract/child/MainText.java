package org.khabar.ingest.extract.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article text of a news page without what surrounds it: navigation, headers and footers,
 * share buttons, "read also" boxes, related-article and most-read lists, comments and ads.
 *
 * <p>The approach is Mozilla Readability's, kept small: drop elements that are never article text
 * (by tag, ARIA role and class/id names, plus blocks introduced by "اقرأ أيضاً" and the like and
 * link-dense lists), score the remaining paragraphs' containers by their text (length and commas,
 * Arabic ones included), take the best container and its similar siblings, and read the blocks in
 * document order. Publisher markup ({@code itemprop=articleBody}) wins when present. Pages with
 * no such structure fall back to every remaining block of the body.
 */
public final class MainText {
    /** Result: the article's blocks (paragraphs, subheadings, list items) and how many blocks were dropped. */
    public record Result(List<String> blocks, int dropped) {
        public String text() {
            return String.join("\n\n", blocks);
        }
    }

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, label, nav, aside, footer, header, figure, picture, video, "
            + "audio, map, dialog, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=search], [role=menu], [role=menubar], [role=dialog], [role=alert], [aria-hidden=true], [hidden]";
    /** Class or id fragments that are never article text, wherever they appear in the name. */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("share|sharing|social|related|read-?also|readalso"
            + "|read-?more|also-?read|see-?also|more-?news|more-?stories|recommend|newsletter|subscri|comment|disqus"
            + "|breadcrumb|cookie|consent|advert|sponsor|promo|most-?read|mostread|most-?popular|trending|outbrain"
            + "|taboola|whatsapp|facebook|twitter|telegram|author-?bio|tags-?list|tag-?cloud|you-?may|widget|popup"
            + "|modal|print-only");
    /** Class or id words that are usually not article text, unless the name also says it is content. */
    private static final Pattern WEAK_NEGATIVE = Pattern.compile("(?:^|[-_])(?:menu|nav|navbar|footer|header|sidebar"
            + "|side|banner|toolbar|pagination|pager|meta|byline|date|time|timestamp|caption|credit|masthead|topbar"
            + "|logo|search|login|signup|ad|ads|tags|keywords|author|skip|hidden|sr-only)(?:[-_]|$)");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|detail"
            + "|matn|khabar|news-?body");
    /** Openers of "read also" and related-link blocks, after {@link #fold}. */
    private static final List<String> RELATED_MARKERS = List.of("اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا ايضا:",
            "شاهد ايضا", "طالع ايضا", "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله", "المزيد من الاخبار",
            "الاكثر قراءه", "الاكثر مشاهده", "تابعونا", "شارك الخبر", "شارك هذا", "شارك على", "شارك عبر", "read also",
            "read more", "related:", "related articles", "related stories", "related news", "see also", "more on this",
            "most read", "share this", "share on");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "dd", "dt");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "body", "td", "ul",
            "ol", "table", "tbody", "tr", "blockquote", "span", "font", "center");
    private static final int MIN_PARAGRAPH = 25;

    private MainText() {
    }

    public static Result extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), 0);
        }
        int[] dropped = {0};
        for (Element e : body.select(NEVER_TEXT)) {
            if (e.parent() != null) {
                e.remove();
                dropped[0]++;
            }
        }
        removeByName(body, dropped);
        removeRelated(body, dropped);
        removeLinkLists(body, dropped);

        Element marked = body.selectFirst("[itemprop=articleBody]");
        List<Element> chosen = new ArrayList<>();
        if (marked != null && textLength(marked) >= 100) {
            chosen.add(marked);
        } else {
            chosen.addAll(bestContainers(body));
        }
        String titleKey = title == null ? null : fold(title);
        List<String> blocks = new ArrayList<>();
        for (Element c : chosen) {
            collect(c, blocks, titleKey, dropped);
        }
        if (blocks.stream().mapToInt(String::length).sum() < 200) {
            List<String> all = new ArrayList<>();
            collect(body, all, titleKey, new int[1]);
            if (all.stream().mapToInt(String::length).sum() > blocks.stream().mapToInt(String::length).sum()) {
                blocks = all;
            }
        }
        return new Result(blocks, dropped[0]);
    }

    private static void removeByName(Element body, int[] dropped) {
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null || !attached(e, body)) {
                continue;
            }
            String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            boolean strong = STRONG_NEGATIVE.matcher(name).find();
            boolean weak = false;
            if (!strong) {
                for (String token : name.split("\\s+")) {
                    if (!token.isEmpty() && WEAK_NEGATIVE.matcher(token).find() && !POSITIVE.matcher(token).find()) {
                        weak = true;
                        break;
                    }
                }
            }
            if ((strong || weak) && !holdsTheArticle(e, body)) {
                e.remove();
                dropped[0]++;
            }
        }
    }

    /** An element wrapping the article itself (most of the page's paragraph text) is never dropped by name. */
    private static boolean holdsTheArticle(Element e, Element body) {
        if (!e.select("[itemprop=articleBody], article, main").isEmpty()) {
            return true;
        }
        int own = paragraphText(e);
        return own >= 200 && own * 2 >= paragraphText(body);
    }

    private static boolean attached(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /** Blocks opening with "اقرأ أيضاً", "أخبار ذات صلة", "Read also"...: the marker and the list that follows it. */
    private static void removeRelated(Element body, int[] dropped) {
        for (Element e : body.select("p, div, li, section, h2, h3, h4, h5, h6, strong, b, span, dl")) {
            if (e.parent() == null || !attached(e, body)) {
                continue;
            }
            String text = fold(e.text());
            if (text.length() > 400) {
                continue;
            }
            for (String marker : RELATED_MARKERS) {
                boolean headingLike = e.tagName().matches("h[2-6]|strong|b");
                if (text.startsWith(marker) && (headingLike || linkDensity(e) > 0.3
                        || text.length() <= marker.length() + 150)) {
                    Element target = e;
                    // A marker in bold inside a paragraph takes the paragraph with it.
                    while ((target.tagName().equals("strong") || target.tagName().equals("b")
                            || target.tagName().equals("span")) && target.parent() != null
                            && target.parent() != body && fold(target.parent().text()).startsWith(marker)
                            && target.parent().text().length() <= 400) {
                        target = target.parent();
                    }
                    Element next = target.nextElementSibling();
                    if (next != null && (next.tagName().equals("ul") || next.tagName().equals("ol")
                            || linkDensity(next) > 0.5)) {
                        next.remove();
                        dropped[0]++;
                    }
                    target.remove();
                    dropped[0]++;
                    break;
                }
            }
        }
    }

    private static void removeLinkLists(Element body, int[] dropped) {
        for (Element e : body.select("ul, ol, dl, table, div, section")) {
            if (e.parent() == null || !attached(e, body)) {
                continue;
            }
            int len = textLength(e);
            if (len == 0) {
                continue;
            }
            double density = linkDensity(e);
            boolean list = e.tagName().equals("ul") || e.tagName().equals("ol") || e.tagName().equals("dl");
            if ((list && density > 0.5) || (!list && density > 0.6 && len < 2000)) {
                e.remove();
                dropped[0]++;
            }
        }
    }

    /** Readability's candidate scoring: each paragraph scores its parent fully and its grandparent by half. */
    private static List<Element> bestContainers(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, td, div, li")) {
            if (!p.tagName().equals("p") && !p.tagName().equals("pre") && hasBlockChildren(p)) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        Element top = null;
        double best = -1;
        Map<Element, Double> adjusted = new HashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double v = s.getValue() * (1 - linkDensity(s.getKey())) * nameWeight(s.getKey());
            adjusted.put(s.getKey(), v);
            if (v > best) {
                best = v;
                top = s.getKey();
            }
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        List<Element> chosen = new ArrayList<>();
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double s = adjusted.get(sibling);
            String text = sibling.text();
            if ((s != null && s >= threshold)
                    || (sibling.tagName().equals("p") && text.length() > 80 && linkDensity(sibling) < 0.25)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static double nameWeight(Element e) {
        String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        double w = 1;
        if (POSITIVE.matcher(name).find()) {
            w *= 1.25;
        }
        if (e.tagName().equals("article") || e.tagName().equals("main")) {
            w *= 1.25;
        }
        return w;
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.tagName()) || CONTAINERS.contains(c.tagName()) && !c.tagName().equals("span")
                    && !c.tagName().equals("font")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the blocks under {@code root} in document order; a container with its own text counts as a block. */
    private static void collect(Element root, List<String> out, String titleKey, int[] dropped) {
        if (BLOCKS.contains(root.tagName()) || !hasBlockChildren(root)) {
            addBlock(root, out, titleKey, dropped);
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node child : root.childNodes()) {
            if (child instanceof Element el && (BLOCKS.contains(el.tagName()) || hasBlockChildren(el)
                    || CONTAINERS.contains(el.tagName()) && !el.tagName().equals("span") && !el.tagName().equals("font"))) {
                flushLoose(loose, out);
                collect(el, out, titleKey, dropped);
            } else {
                appendText(child, loose);
            }
        }
        flushLoose(loose, out);
    }

    private static void flushLoose(StringBuilder loose, List<String> out) {
        String t = normalizeSpace(loose.toString());
        if (t.length() >= 2) {
            out.add(t);
        }
        loose.setLength(0);
    }

    private static void addBlock(Element e, List<String> out, String titleKey, int[] dropped) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        String text = normalizeSpace(sb.toString());
        if (text.isEmpty()) {
            return;
        }
        if (titleKey != null && e.tagName().equals("h1") && fold(text).equals(titleKey)) {
            return;
        }
        if (text.length() < 200 && linkDensity(e) > 0.5) {
            dropped[0]++;
            return;
        }
        out.add(text);
    }

    /** Text with {@code <br>} as a line break and block children separated by one. */
    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.text());
        } else if (node instanceof Element el) {
            if (el.tagName().equals("br")) {
                sb.append('\n');
                return;
            }
            boolean block = BLOCKS.contains(el.tagName()) || el.tagName().equals("div");
            if (block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            for (Node c : el.childNodes()) {
                appendText(c, sb);
            }
            if (block) {
                sb.append('\n');
            }
        }
    }

    private static String normalizeSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String t = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    private static int textLength(Element e) {
        return e.text().length();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        int links = 0;
        Elements anchors = e.select("a");
        for (Element a : anchors) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** Lower case, Arabic letter variants folded (أإآ to ا, ى to ي, ة to ه), diacritics and tatweel dropped. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ى' -> sb.append('ي');
                case 'ة' -> sb.append('ه');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
