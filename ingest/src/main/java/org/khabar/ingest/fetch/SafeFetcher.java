package org.khabar.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.protocol.RedirectLocations;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches http(s) URLs that cannot be turned against the host Khabar runs on or its network:
 * every URL, and every redirect hop, is checked by {@link UrlPolicy} before anything is connected
 * to; names are resolved once by {@link CheckingDnsResolver}, which returns only checked addresses
 * (no DNS rebinding between check and connect); no proxy from the environment is used; redirects,
 * body bytes (after decompression) and time are capped.
 */
public final class SafeFetcher implements AutoCloseable {
    public static final String USER_AGENT = "Khabar/0.1 (news ingestion; +https://github.com/khabar)";

    private final UrlPolicy policy;
    private final FetchLimits limits;
    private final CheckingDnsResolver resolver;
    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public SafeFetcher(UrlPolicy policy, FetchLimits limits) {
        this.policy = policy;
        this.limits = limits;
        this.resolver = new CheckingDnsResolver(policy);
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                        .setSocketTimeout(Timeout.of(limits.readTimeout()))
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.of(limits.readTimeout())).build())
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(4)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setRedirectStrategy(new CheckingRedirectStrategy(policy))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(limits.maxRedirects())
                        .setCircularRedirectsAllowed(false)
                        .setResponseTimeout(Timeout.of(limits.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(limits.connectTimeout()))
                        .build())
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "khabar-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    public UrlPolicy policy() {
        return policy;
    }

    public FetchLimits limits() {
        return limits;
    }

    /** GET without conditions. */
    public FetchResult get(String url) throws FetchException {
        return get(url, Map.of());
    }

    /**
     * GET with extra request headers (e.g. {@code If-None-Match}, {@code If-Modified-Since},
     * {@code Accept}). Returns 2xx and 304 responses; everything else is a {@link FetchException}.
     */
    public FetchResult get(String url, Map<String, String> headers) throws FetchException {
        URI uri;
        try {
            uri = policy.check(url).uri();
        } catch (RefusedUrlException e) {
            throw new FetchException(FetchException.Kind.REFUSED, e.getMessage(), e);
        }
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        headers.forEach(get::setHeader);
        HttpClientContext context = HttpClientContext.create();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            get.cancel();
        }, limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return client.execute(get, context, response -> read(uri, response, context));
        } catch (ClientProtocolException e) {
            throw protocolFailure(url, e);
        } catch (CheckingDnsResolver.RefusedAddressException e) {
            throw new FetchException(FetchException.Kind.REFUSED, e.getMessage(), e);
        } catch (UncheckedFetchException e) {
            throw e.failure;
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.TRANSIENT, "cannot resolve the host of " + url + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException(FetchException.Kind.TRANSIENT, "fetching " + url + " took longer than "
                        + limits.totalTimeout().toSeconds() + " s", e);
            }
            String what = e instanceof SocketTimeoutException ? "timed out"
                    : e instanceof ConnectException ? "connection refused or unreachable"
                    : e instanceof InterruptedIOException ? "interrupted" : e.toString();
            throw new FetchException(FetchException.Kind.TRANSIENT, "cannot fetch " + url + ": " + what, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private static FetchException protocolFailure(String url, ClientProtocolException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RefusedRedirectException r) {
                return new FetchException(FetchException.Kind.REFUSED, "a redirect from " + url + " was refused: "
                        + r.getMessage(), e);
            }
            if (c instanceof RedirectException r) {
                return new FetchException(FetchException.Kind.FAILED, "too many or circular redirects from " + url
                        + ": " + r.getMessage(), e);
            }
        }
        return new FetchException(FetchException.Kind.FAILED, "HTTP protocol error fetching " + url + ": "
                + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
    }

    private FetchResult read(URI requested, ClassicHttpResponse response, HttpClientContext context) throws IOException {
        int status = response.getCode();
        URI finalUri = requested;
        RedirectLocations redirects = context.getRedirectLocations();
        if (redirects != null && redirects.size() > 0) {
            List<URI> all = redirects.getAll();
            finalUri = all.get(all.size() - 1);
        }
        String contentTypeHeader = header(response, "Content-Type");
        String contentType = null;
        String charset = null;
        if (contentTypeHeader != null) {
            String[] parts = contentTypeHeader.split(";");
            contentType = parts[0].strip().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring(8).replace("\"", "").strip();
                }
            }
        }
        String etag = header(response, "ETag");
        String lastModified = header(response, "Last-Modified");
        if (status == 304) {
            return new FetchResult(status, finalUri, contentType, charset, etag, lastModified, new byte[0]);
        }
        if (status < 200 || status > 299) {
            FetchException.Kind kind = status == 429 || status >= 500 ? FetchException.Kind.TRANSIENT
                    : FetchException.Kind.FAILED;
            throw new UncheckedFetchException(new FetchException(kind, finalUri + " answered HTTP " + status
                    + (response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase()), null));
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readCapped(entity, finalUri);
        return new FetchResult(status, finalUri, contentType, charset, etag, lastModified, body);
    }

    private byte[] readCapped(HttpEntity entity, URI uri) throws IOException {
        long max = limits.maxBytes();
        if (entity.getContentLength() > max) {
            throw new UncheckedFetchException(new FetchException(FetchException.Kind.FAILED, uri + " is "
                    + entity.getContentLength() + " bytes, more than the " + max + "-byte limit", null));
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > max) {
                    throw new UncheckedFetchException(new FetchException(FetchException.Kind.FAILED, uri
                            + " is more than the " + max + "-byte limit (after decompression)", null));
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String header(HttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null || h.getValue() == null || h.getValue().isBlank() ? null : h.getValue().strip();
    }

    /** Addresses the resolver handed to HttpClient to connect to, ever (tests: stays 0 for refused URLs). */
    public long addressesHandedOut() {
        return resolver.addressesHandedOut();
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
        connections.close();
    }

    /** Carries a {@link FetchException} out of HttpClient's response handler. */
    private static final class UncheckedFetchException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient FetchException failure;

        UncheckedFetchException(FetchException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    /** A redirect to a URL the policy refuses. */
    static final class RefusedRedirectException extends ProtocolException {
        private static final long serialVersionUID = 1L;

        RefusedRedirectException(String message) {
            super(message);
        }
    }

    /** HttpClient's redirect handling, with every Location checked before it is followed. */
    private static final class CheckingRedirectStrategy extends DefaultRedirectStrategy {
        private final UrlPolicy policy;

        CheckingRedirectStrategy(UrlPolicy policy) {
            this.policy = policy;
        }

        @Override
        public URI getLocationURI(HttpRequest request, HttpResponse response, HttpContext context) throws HttpException {
            Header location = response.getFirstHeader("Location");
            URI uri;
            try {
                uri = super.getLocationURI(request, response, context);
            } catch (ProtocolException e) {
                throw new RefusedRedirectException("Location \"" + (location == null ? "" : location.getValue())
                        + "\" is not a valid URL");
            }
            try {
                policy.check(uri);
            } catch (RefusedUrlException e) {
                throw new RefusedRedirectException(e.getMessage());
            }
            return uri;
        }
    }
}
