package org.khabar.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.khabar.ingest.extract.child.ArabicAwareEncodingDetector;
import org.khabar.ingest.extract.child.ArticleHtmlParser;
import org.khabar.ingest.extract.child.KhabarMetadata;
import org.khabar.ingest.extract.child.RequestHints;
import org.khabar.ingest.extract.child.ZipBombGuardedOoxmlParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts text and metadata from documents (HTML, plain text in any encoding, PDF, DOCX) with
 * Apache Tika, never in this process: documents are parsed by Tika's pipes server in child JVMs
 * with a small heap, a per-document timeout, a write limit, Tika's zip-bomb guard and a cap on
 * embedded documents. A document that crashes, hangs or exhausts a child is refused with the
 * reason, the child is restarted, and this process carries on.
 *
 * <p>Only Khabar's HTML parser ({@link ArticleHtmlParser}, main text only) and Tika's text, PDF
 * and OOXML parsers are configured in the child: anything else (archives, images, mail, old
 * Office formats) is refused as unsupported without being parsed.
 *
 * <p>Thread-safe; the child processes start on first use and stop on {@link #close()}.
 */
public final class DocumentExtractor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);
    /** What a refused document is told: the formats Khabar reads. */
    public static final String SUPPORTED = "HTML, plain text, PDF and DOCX";
    private static final List<String> SUPPORTED_TYPES = List.of("text/html", "application/xhtml+xml", "text/plain",
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** Largest HTML page parsed into a DOM (bigger ones are refused): a page's DOM needs about ten times its bytes. */
    private static final long MAX_HTML_BYTES = 16L * 1024 * 1024;

    private final ExtractionLimits limits;
    private final Object lock = new Object();
    private Path workDir;
    private PipesParser pipes;
    private boolean closed;

    public DocumentExtractor() {
        this(ExtractionLimits.defaults());
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Extracts a document given as a stream (copied to a spool file first, at most the size limit). */
    public ExtractedDocument extract(InputStream in, String resourceName) throws ExtractionException {
        return extract(in, resourceName, null, null, null);
    }

    /** Extracts a document given as a stream with what its transport declared (any of which may be null). */
    public ExtractedDocument extract(InputStream in, String resourceName, String contentType, String charset,
                                     String url) throws ExtractionException {
        Path spooled = spool(in, resourceName, contentType);
        try {
            return extract(new DocumentInput(spooled, resourceName, contentType, charset, url));
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** Extracts a document on disk. */
    public ExtractedDocument extract(DocumentInput input) throws ExtractionException {
        String name = input.name();
        long size;
        try {
            size = Files.size(input.file());
        } catch (NoSuchFileException e) {
            throw new ExtractionException(name + " disappeared before it could be read", e, false);
        } catch (IOException e) {
            throw new ExtractionException("cannot read " + name + ": " + e.getMessage(), e, false);
        }
        if (size == 0) {
            throw new ExtractionException(name + " is empty (0 bytes)", null, false);
        }
        if (size > limits.maxDocumentBytes()) {
            throw new ExtractionException(name + " is " + size + " bytes, larger than the " + limits.maxDocumentBytes()
                    + "-byte limit for one document", null, false);
        }
        Path file = input.file();
        Path alias = null;
        String wanted = input.contentType() == null ? null : extension(null, input.contentType());
        if (wanted != null && !wanted.equals(".bin") && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(wanted)) {
            // Tika's detection reads the file name: give it one that agrees with the declared type.
            alias = alias(file, wanted);
            file = alias;
        }
        try {
            return parse(input, file, name);
        } finally {
            if (alias != null) {
                deleteQuietly(alias);
            }
        }
    }

    private Path alias(Path file, String extension) throws ExtractionException {
        Path link = workDir().resolve("spool").resolve(UUID.randomUUID() + extension);
        try {
            return Files.createSymbolicLink(link, file.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            try {
                return Files.copy(file, link);
            } catch (IOException copyFailed) {
                throw new ExtractionException("cannot read " + input(file) + ": " + copyFailed.getMessage(), copyFailed,
                        true);
            }
        }
    }

    private static String input(Path file) {
        return file.getFileName().toString();
    }

    private ExtractedDocument parse(DocumentInput input, Path file, String name) throws ExtractionException {
        ParseContext context = new ParseContext();
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.BODY,
                HandlerConfig.PARSE_MODE.CONCATENATE, limits.maxTextChars(), limits.maxEmbeddedDocuments(), true));
        context.set(EncodingDetector.class, new ArabicAwareEncodingDetector(input.charset()));
        context.set(RequestHints.class, new RequestHints(input.url(), Math.min(MAX_HTML_BYTES, limits.maxDocumentBytes())));
        FetchEmitTuple tuple = new FetchEmitTuple(UUID.randomUUID().toString(),
                new FetchKey("fs", file.toAbsolutePath().toString()), new EmitKey("", ""), new Metadata(),
                context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
        PipesResult result;
        try {
            result = pipes().parse(tuple);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while parsing " + name, e, true);
        } catch (IOException | PipesException | RuntimeException e) {
            throw new ExtractionException("the parser process failed on " + name + ": " + e.getMessage(), e, true);
        }
        return toDocument(name, result);
    }

    private ExtractedDocument toDocument(String name, PipesResult result) throws ExtractionException {
        switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION -> {
                Metadata m = result.getEmitData().getMetadataList().get(0);
                return fromMetadata(name, m, result.getMessage());
            }
            case EMPTY_OUTPUT -> throw new ExtractionException("no text found in " + name, null, false);
            case TIMEOUT -> throw new ExtractionException("parsing " + name + " took longer than "
                    + limits.timeout().toSeconds() + " s; the parser was stopped (a hostile or broken document?)",
                    null, false);
            case OOM -> throw new ExtractionException("parsing " + name + " needed more than the parser's "
                    + limits.parserHeapMb() + " MiB of memory; the parser was restarted (a hostile or broken document?)",
                    null, false);
            case UNSPECIFIED_CRASH -> throw new ExtractionException("the parser process crashed on " + name
                    + " and was restarted (a hostile or broken document?)", null, false);
            case FETCH_EXCEPTION -> throw new ExtractionException("cannot read " + name + ": "
                    + firstLine(result.getMessage()), null, false);
            case CLIENT_UNAVAILABLE_WITHIN_MS, INTERRUPTED_EXCEPTION -> throw new ExtractionException(
                    "no parser process was free to parse " + name + "; try again", null, true);
            default -> throw new ExtractionException("cannot parse " + name + ": " + result.getStatus() + " "
                    + firstLine(result.getMessage()), null, false);
        }
    }

    private ExtractedDocument fromMetadata(String name, Metadata m, String stack) throws ExtractionException {
        String exception = m.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (exception == null) {
            exception = stack;
        }
        boolean truncated = false;
        if (exception != null && !exception.isBlank()) {
            if (exception.contains("WriteLimitReachedException")) {
                truncated = true;
            } else {
                throw new ExtractionException("cannot parse " + name + describeType(m) + ": " + reason(exception),
                        null, false);
            }
        }
        String type = mediaType(m.get(Metadata.CONTENT_TYPE));
        String content = m.get(TikaCoreProperties.TIKA_CONTENT);
        String text = TextCleaner.clean(content == null ? "" : content);
        if (text.isBlank()) {
            if (type != null && !SUPPORTED_TYPES.contains(type)) {
                throw new ExtractionException(name + " is " + type + ", not a format Khabar reads (" + SUPPORTED + ")",
                        null, false);
            }
            throw new ExtractionException("no text found in " + name + describeType(m), null, false);
        }
        if (type != null && !SUPPORTED_TYPES.contains(type) && !type.startsWith("text/")) {
            throw new ExtractionException(name + " is " + type + ", not a format Khabar reads (" + SUPPORTED + ")",
                    null, false);
        }
        String title = clean(m.get(TikaCoreProperties.TITLE));
        Instant published = null;
        for (String v : m.getValues(KhabarMetadata.PUBLISHED)) {
            published = DateParsing.parse(v);
            if (published != null) {
                break;
            }
        }
        if (published == null) {
            published = Dateline.find(text);
        }
        if (published == null && !"text/html".equals(type)) {
            published = DateParsing.parse(m.get(TikaCoreProperties.CREATED));
        }
        String language = firstNonBlank(m.get(KhabarMetadata.LANGUAGE), normalizeLanguage(m.get(TikaCoreProperties.LANGUAGE)),
                normalizeLanguage(m.get("Content-Language")));
        if (language == null) {
            language = LanguageGuesser.guess(text);
        }
        return new ExtractedDocument(title, text, published, language, m.get(KhabarMetadata.CANONICAL_URL), type, truncated);
    }

    private static String describeType(Metadata m) {
        String type = mediaType(m.get(Metadata.CONTENT_TYPE));
        return type == null ? "" : " (" + type + ")";
    }

    /** The exception's own message, without Tika's class-name prefixes and stack. */
    static String reason(String stack) {
        String line = firstLine(stack);
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("ratio of compressed file size")) {
            return "suspected zip bomb (" + line.replaceFirst("^[\\w.$]+: ", "") + ")";
        }
        if (lower.contains("encrypteddocumentexception") || lower.contains("password")) {
            return "the document is encrypted or password-protected";
        }
        return line.replaceFirst("^([\\w$]+\\.)+[\\w$]+: ", "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl).strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String normalizeLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = Math.max(l.indexOf('-'), l.indexOf('_'));
        if (cut > 0) {
            l = l.substring(0, cut);
        }
        return l.matches("[a-z]{2,3}") ? l : null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = TextCleaner.clean(s).replace('\n', ' ').strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Copies a stream to a spool file, refusing more than the document limit; the caller deletes it. */
    public Path spool(InputStream in, String resourceName, String contentType) throws ExtractionException {
        Path dir = workDir();
        Path file = dir.resolve("spool").resolve(UUID.randomUUID() + extension(resourceName, contentType));
        long max = limits.maxDocumentBytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > max) {
                    throw new ExtractionException(resourceName + " is larger than the " + max
                            + "-byte limit for one document", null, false);
                }
                out.write(buf, 0, n);
            }
        } catch (ExtractionException e) {
            deleteQuietly(file);
            throw e;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new ExtractionException("cannot read " + resourceName + ": " + e.getMessage(), e, true);
        }
        return file;
    }

    /** An extension for the spool file so Tika's name-based detection sees what the transport declared. */
    static String extension(String name, String contentType) {
        String type = mediaType(contentType);
        if (type != null) {
            switch (type) {
                case "text/html" -> {
                    return ".html";
                }
                case "application/xhtml+xml" -> {
                    return ".xhtml";
                }
                case "text/plain" -> {
                    return ".txt";
                }
                case "application/pdf" -> {
                    return ".pdf";
                }
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> {
                    return ".docx";
                }
                default -> {
                    // fall back to the name
                }
            }
        }
        if (name != null) {
            String n = name.toLowerCase(Locale.ROOT);
            int dot = n.lastIndexOf('.');
            if (dot >= 0 && n.length() - dot <= 6 && n.substring(dot + 1).matches("[a-z0-9]+")) {
                return n.substring(dot);
            }
        }
        return ".bin";
    }

    private Path workDir() throws ExtractionException {
        synchronized (lock) {
            if (closed) {
                throw new ExtractionException("the document extractor is closed", null, true);
            }
            if (workDir == null) {
                try {
                    workDir = Files.createTempDirectory("khabar-extract-");
                    Files.createDirectories(workDir.resolve("spool"));
                } catch (IOException e) {
                    throw new ExtractionException("cannot create a temporary folder for parsing: " + e.getMessage(), e,
                            true);
                }
            }
            return workDir;
        }
    }

    private PipesParser pipes() throws ExtractionException {
        synchronized (lock) {
            if (pipes == null) {
                Path dir = workDir();
                try {
                    Path config = dir.resolve("tika-config.xml");
                    Files.writeString(config, tikaConfig(limits), StandardCharsets.UTF_8);
                    PipesConfig pc = PipesConfig.load(config);
                    pc.setNumClients(limits.parserProcesses());
                    pc.setTimeoutMillis(limits.timeout().toMillis());
                    pc.setStartupTimeoutMillis(120_000);
                    pc.setMaxFilesProcessedPerProcess(2_000);
                    pc.setMaxForEmitBatchBytes(-1);
                    pc.setShutdownClientAfterMillis(600_000);
                    pc.setJavaPath(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    pc.setForkedJvmArgs(childJvmArgs(limits));
                    pipes = new PipesParser(pc);
                    LOG.info("document parsing runs in {} Tika pipes child JVM(s) of {} MiB each, config {}",
                            limits.parserProcesses(), limits.parserHeapMb(), config);
                } catch (IOException | TikaConfigException e) {
                    throw new ExtractionException("cannot configure the Tika parser processes: " + e.getMessage(), e,
                            true);
                }
            }
            return pipes;
        }
    }

    static List<String> childJvmArgs(ExtractionLimits limits) {
        List<String> args = new ArrayList<>(List.of(
                "-Xmx" + limits.parserHeapMb() + "m",
                "-Xss1m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                // The child speaks its protocol on stdout: nothing may log there. Its failures come back as statuses.
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-Dslf4j.internal.verbosity=ERROR",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dorg.apache.logging.log4j.simplelog.level=OFF",
                "-Dlog4j2.statusLoggerLevel=OFF",
                "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog"));
        return args;
    }

    /** The child's Tika configuration: the parsers Khabar reads with, Tika's zip-bomb guard, a file fetcher. */
    static String tikaConfig(ExtractionLimits limits) {
        long outputThreshold = Math.min(100_000, limits.maxTextChars());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <parsers>
                    <parser class="%s"/>
                    <parser class="org.apache.tika.parser.txt.TXTParser"/>
                    <parser class="org.apache.tika.parser.pdf.PDFParser"/>
                    <parser class="%s"/>
                  </parsers>
                  <autoDetectParserConfig>
                    <params>
                      <outputThreshold>%d</outputThreshold>
                      <maximumCompressionRatio>%d</maximumCompressionRatio>
                      <maximumDepth>100</maximumDepth>
                      <maximumPackageEntryDepth>10</maximumPackageEntryDepth>
                      <throwOnZeroBytes>true</throwOnZeroBytes>
                    </params>
                  </autoDetectParserConfig>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <params>
                        <name>fs</name>
                        <allowAbsolutePaths>true</allowAbsolutePaths>
                      </params>
                    </fetcher>
                  </fetchers>
                </properties>
                """.formatted(ArticleHtmlParser.class.getName(), ZipBombGuardedOoxmlParser.class.getName(), outputThreshold,
                limits.maxCompressionRatio());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", p, e.toString());
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (pipes != null) {
                try {
                    pipes.close();
                } catch (IOException e) {
                    LOG.warn("error while stopping the parser processes: {}", e.toString());
                }
                pipes = null;
            }
            if (workDir != null) {
                try (Stream<Path> walk = Files.walk(workDir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(DocumentExtractor::deleteQuietly);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}: {}", workDir, e.toString());
                }
                workDir = null;
            }
        }
    }

    /** A document that could not be read; the message is the reason given on the dead-letter topic. */
    public static final class ExtractionException extends Exception {
        private final boolean retryable;

        public ExtractionException(String message, Throwable cause) {
            this(message, cause, false);
        }

        public ExtractionException(String message, Throwable cause, boolean retryable) {
            super(message, cause);
            this.retryable = retryable;
        }

        /** True when the document itself may be fine and trying again later can succeed (no parser free, I/O). */
        public boolean retryable() {
            return retryable;
        }
    }

}
