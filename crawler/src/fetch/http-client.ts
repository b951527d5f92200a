import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type {
  BaseHttpClient,
  HttpRequest,
  HttpResponse,
  RedirectHandler,
  ResponseTypes,
  StreamingHttpResponse,
} from "@crawlee/cheerio";
import { Agent, request as undiciRequest } from "undici";

export interface UndiciHttpClientOptions {
  /** Open connections per origin (the politeness gate decides how many requests are in flight). */
  connectionsPerOrigin?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Headers = Record<string, string | string[] | undefined>;

/** The body as sent, whatever `content-encoding` the portal chose (gzip, deflate, br, or a chain of them). */
function decoded(body: Readable, headers: Headers): Readable {
  const header = headers["content-encoding"];
  const codings = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== "identity");
  let stream = body;
  // Codings are listed in the order they were applied: undo them from the last.
  for (const coding of codings.reverse()) {
    const next =
      coding === "gzip" || coding === "x-gzip"
        ? createGunzip()
        : coding === "deflate"
          ? createInflate()
          : coding === "br"
            ? createBrotliDecompress()
            : null;
    if (!next) throw new Error(`unsupported content-encoding "${coding}"`);
    const source = stream;
    source.on("error", (error) => next.destroy(error));
    stream = source.pipe(next);
  }
  return stream;
}

/**
 * Crawlee's HTTP client interface over undici. Crawlee's default (got-scraping) builds browser-like header
 * sets, merges option objects and wraps every response in got's stream classes: on a fast portal that cost
 * more CPU than fetching and parsing the page. We announce ourselves with our own user agent, need no
 * cookies, proxies or fingerprints, so a plain keep-alive HTTP/1.1 client does the job.
 * Redirects are followed here (Crawlee's redirect hook is called for each), bodies are decompressed.
 */
export class UndiciHttpClient implements BaseHttpClient {
  readonly #agent: Agent;
  /** For requests that accept any certificate (Crawlee's `ignoreSslErrors`, on by default), made when needed. */
  #lenientAgent: Agent | null = null;
  readonly #connections: number;
  readonly #maxRedirects: number;

  constructor(options: UndiciHttpClientOptions = {}) {
    this.#connections = options.connectionsPerOrigin ?? 16;
    this.#agent = new Agent({ connections: this.#connections, keepAliveTimeout: 4_000 });
    this.#maxRedirects = options.maxRedirects ?? 10;
  }

  /**
   * Crawlee passes `https.rejectUnauthorized: false` unless the crawler sets `ignoreSslErrors: false`. Many
   * provincial portals serve an incomplete certificate chain, which is why Crawlee's default is lenient.
   */
  #agentFor(request: HttpRequest): Agent {
    const tls = request.https as { rejectUnauthorized?: boolean } | undefined;
    if (tls?.rejectUnauthorized !== false) return this.#agent;
    this.#lenientAgent ??= new Agent({
      connections: this.#connections,
      keepAliveTimeout: 4_000,
      connect: { rejectUnauthorized: false },
    });
    return this.#lenientAgent;
  }

  async stream(request: HttpRequest, onRedirect?: RedirectHandler): Promise<StreamingHttpResponse> {
    if (request.proxyUrl) throw new Error("UndiciHttpClient: proxies are not supported");
    const timeoutMs = timeoutOf(request);
    let url = new URL(String(request.url));
    let method = (request.method ?? "GET").toUpperCase();
    let body = method === "GET" || method === "HEAD" ? undefined : request.body;
    const headers: Headers = {
      accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "accept-language": "vi,en;q=0.5",
      "accept-encoding": "gzip, deflate, br",
      ...lowerCased(request.headers ?? {}),
    };
    const redirectUrls: URL[] = [];
    for (;;) {
      const response = await undiciRequest(url, {
        dispatcher: this.#agentFor(request),
        method: method as "GET",
        headers: definedHeaders(headers),
        body: body as string | Buffer | undefined,
        signal: request.signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const location = response.headers.location;
      const follow = request.followRedirect !== false && request.maxRedirects !== 0;
      if (follow && REDIRECTS.has(response.statusCode) && typeof location === "string") {
        await response.body.dump();
        if (redirectUrls.length >= (request.maxRedirects ?? this.#maxRedirects))
          throw new Error(`too many redirects (${redirectUrls.length}) from ${String(request.url)}`);
        const next = new URL(location, url);
        redirectUrls.push(next);
        if (
          response.statusCode === 303 ||
          ((response.statusCode === 301 || response.statusCode === 302) && method === "POST")
        ) {
          method = "GET";
          body = undefined;
        }
        if (next.origin !== url.origin) delete headers.cookie;
        const updated = { url: next, headers };
        onRedirect?.(
          {
            redirectUrls,
            url: url.href,
            statusCode: response.statusCode,
            headers: response.headers,
            trailers: {},
            complete: true,
          },
          updated,
        );
        url = new URL(String(updated.url));
        continue;
      }
      const stream = decoded(response.body, response.headers);
      // A body dropped unread (a status to retry, a response too large) is destroyed, and undici then emits
      // an abort error; whoever reads the body still gets its errors through the read itself.
      const ignore = () => {};
      response.body.on("error", ignore);
      stream.on("error", ignore);
      return {
        stream,
        request,
        redirectUrls,
        url: url.href,
        statusCode: response.statusCode,
        headers: response.headers,
        trailers: {},
        complete: false,
        // Not tracked: counting would need a 'data' listener, which switches the body to flowing mode
        // before its reader is attached (chunks would be lost). Nothing in the crawl reads progress.
        downloadProgress: { percent: 0, transferred: 0 },
        uploadProgress: { percent: 100, transferred: 0 },
      };
    }
  }

  async sendRequest<TResponseType extends keyof ResponseTypes = "text">(
    request: HttpRequest<TResponseType>,
  ): Promise<HttpResponse<TResponseType>> {
    const response = await this.stream(request as HttpRequest);
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
    const buffer = Buffer.concat(chunks);
    const text = () => buffer.toString(request.encoding ?? "utf8");
    const type = request.responseType ?? "text";
    const body = (
      type === "buffer" ? buffer : type === "json" ? JSON.parse(text()) : text()
    ) as ResponseTypes[TResponseType];
    const { stream: _stream, ...rest } = response;
    return { ...rest, complete: true, request, body };
  }

  /** Closes idle keep-alive sockets so they never hold the process open. */
  async close(): Promise<void> {
    await Promise.all([this.#agent.close(), this.#lenientAgent?.close()]);
  }
}

function timeoutOf(request: HttpRequest): number {
  const timeout = request.timeout;
  if (timeout && "request" in timeout && typeof timeout.request === "number") return timeout.request;
  return 30_000;
}

function lowerCased(headers: Headers): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function definedHeaders(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = value;
  return out;
}
