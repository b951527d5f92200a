import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir, totalmem } from "node:os";
import { extname, join } from "node:path";
import {
  CheerioCrawler,
  type CheerioCrawlingContext,
  Configuration,
  LogLevel,
  log,
  type Request,
  RequestList,
} from "@crawlee/cheerio";
import { PlaywrightCrawler } from "@crawlee/playwright";
import { lookup as lookupMimeType } from "mime-types";
import { chromium, type Route } from "playwright-core";
import { ResponseTooLargeError, readCapped } from "./body.ts";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "./browser-path.ts";
import { decodePage } from "./charset.ts";
import { UndiciHttpClient } from "./http-client.ts";
import type { HostPoliteness, Release } from "./politeness.ts";
import { backoffDelay, isRetryableStatus, parseRetryAfter } from "./retry.ts";
import type { RobotsRules } from "./robots.ts";
import type { FetchedPage, FetchHandlers, FetchRequest, FetchSettings } from "./types.ts";

export interface FetchOptions {
  /**
   * Whether `onPage` may return more pages to fetch (discovery). Without follow-ups (article pages) the requests
   * are a static in-memory list: Crawlee's request queue validates, stores and locks every request, which costs
   * more CPU than the fetch itself on a fast portal.
   */
  followUps?: boolean;
}

export interface FetchDeps {
  gate: HostPoliteness;
  robots: RobotsRules;
}

/** Crawlee logs every retry as a warning; our own events report outcomes, so it stays quiet unless debugging. */
log.setLevel(process.env.VNFACTS_DEBUG ? LogLevel.DEBUG : LogLevel.OFF);

/** Request-scoped values the hooks hand to the handler (Crawlee's context type has no room for them). */
interface Attempt {
  release: Release;
  raw?: Buffer;
}

/** A status the crawler should retry: carries the status so the last failure reads well. */
class RetryableStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = "RetryableStatusError";
  }
}

/**
 * CheerioCrawler that keeps the body as raw bytes: we decode ourselves (BOM → meta → header, legacy fonts),
 * whereas Crawlee would decode by the HTTP header alone, and we skip its two eager HTML parses. It also reads
 * the content type once, without Crawlee's per-response argument validation (`ow` walks the call stack on
 * every call, twice per page: more CPU than our own charset detection).
 */
class RawBodyCheerioCrawler extends CheerioCrawler {
  constructor(
    options: ConstructorParameters<typeof CheerioCrawler>[0],
    config: Configuration,
    private readonly attempts: WeakMap<object, Attempt>,
    private readonly maxBytes: number,
  ) {
    super(options, config);
    // Crawlee's own first hook refuses unsupported content types; ours does the same check, cheaper.
    this.postNavigationHooks = [
      async ({ request, response }) => this.refuseUnsupportedType(request, response as IncomingMessage),
      ...(options?.postNavigationHooks ?? []),
    ];
  }

  /**
   * Crawlee merges cookie strings through a fresh tough-cookie jar on every request, even when there are none
   * (public-suffix lookups and all: 0.017 CPU ms per page). We keep no session and set no cookies, so the merge
   * is skipped when every source is empty; anything else goes through Crawlee's own merge.
   */
  protected override _applyCookies(
    context: Parameters<CheerioCrawler["_applyCookies"]>[0],
    gotOptions: Parameters<CheerioCrawler["_applyCookies"]>[1],
    preHookCookies: string,
    postHookCookies: string,
  ): void {
    const headers = gotOptions.headers as Record<string, unknown> | undefined;
    if (!context.session && !preHookCookies && !postHookCookies && !headers?.Cookie && !headers?.cookie)
      return;
    super._applyCookies(context, gotOptions, preHookCookies, postHookCookies);
  }

  /** Same rule as Crawlee's: a type we do not read is not retried, unless the status says "try later". */
  private refuseUnsupportedType(request: Request, response: IncomingMessage | undefined): void {
    if (!response) return;
    const type = mimeTypeOf(response.headers, request.url);
    if ((response.statusCode ?? 0) >= 500 || this.supportedMimeTypes.has(type)) return;
    request.noRetry = true;
    throw new Error(
      `${request.url} served Content-Type ${type}, not one of ${[...this.supportedMimeTypes].join(", ")}`,
    );
  }

  // The parent's return type promises a parsed DOM; our handler never reads `$`/`dom`, only the raw bytes.
  protected override async _parseResponse(
    request: Request,
    response: IncomingMessage,
    context: CheerioCrawlingContext,
  ): ReturnType<CheerioCrawler["_parseResponse"]> {
    const type = mimeTypeOf(response.headers, request.url);
    const status = response.statusCode ?? 0;
    if (status >= 400) this.stats.registerStatusCode(status);
    const raw = await readCapped(response, this.maxBytes);
    const attempt = this.attempts.get(request);
    if (attempt) attempt.raw = raw;
    return {
      body: "",
      response,
      contentType: { type, encoding: "latin1" },
      isXml: type.includes("xml"),
      enqueueLinks: context.enqueueLinks,
    } as unknown as Awaited<ReturnType<CheerioCrawler["_parseResponse"]>>;
  }
}

/** The MIME type of a response: its header, else guessed from the URL's extension (as Crawlee does). */
function mimeTypeOf(headers: IncomingMessage["headers"], url: string): string {
  const declared = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (declared && /^[\w.+-]+\/[\w.+-]+$/.test(declared)) return declared;
  return lookupMimeType(extname(new URL(url).pathname)) || "application/octet-stream";
}

function headersOf(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/**
 * Fetches pages with Crawlee — CheerioCrawler for plain HTTP, PlaywrightCrawler for pages that need a browser —
 * every request passing the shared per-host gate and robots.txt first. Follow-up pages returned by
 * `onPage` are fetched in the same run. Crawlee's storage is throwaway (in memory, temp dir, purged).
 */
export async function fetchPages(
  requests: FetchRequest[],
  settings: FetchSettings,
  deps: FetchDeps,
  handlers: FetchHandlers,
  options: FetchOptions = {},
): Promise<void> {
  const followUps = options.followUps ?? true;
  const storageDir = mkdtempSync(join(tmpdir(), "vnfacts-crawlee-"));
  // Keep-alive connections for this batch, closed at the end so idle sockets never hold the process open.
  const httpClient = new UndiciHttpClient();
  const attempts = new WeakMap<object, Attempt>();
  const configOf = () =>
    new Configuration({
      persistStorage: false,
      purgeOnStart: true,
      // Crawlee's autoscaler compares our RSS (the embedded database alone is hundreds of MB) with a quarter of
      // the machine by default and would throttle for nothing; the per-host gate is what limits us. Its memory
      // probe also spawns `ps` every second: once every 5 s is plenty.
      memoryMbytes: Math.round(totalmem() / 1024 / 1024),
      systemInfoIntervalMillis: 5_000,
      storageClientOptions: { localDataDirectory: storageDir, persistStorage: false },
    });

  const toCrawlee = (r: FetchRequest) => ({
    url: r.url,
    uniqueKey: `${r.kind}:${r.url}`,
    userData: { vn: r },
  });
  const fromCrawlee = (request: { userData: Record<string, unknown> }) => request.userData.vn as FetchRequest;

  /** robots.txt first: a refused page is recorded as failed for good and never requested. */
  const admit = async (list: FetchRequest[]): Promise<FetchRequest[]> => {
    const admitted: FetchRequest[] = [];
    for (const request of list) {
      const refusal = await deps.robots.refusal(request.url);
      if (refusal) await handlers.onFailure(request, refusal, true);
      else admitted.push(request);
    }
    return admitted;
  };

  const acquire = async (request: object, url: string) => {
    const release = await deps.gate.acquire(url);
    attempts.set(request, { release });
  };
  const release = (request: object) => attempts.get(request)?.release();

  /** After the response head: slow the host down on 429/5xx (Retry-After wins) and retry. */
  const checkStatus = (request: { url: string; retryCount: number }, status: number, retryAfter?: string) => {
    if (!isRetryableStatus(status)) return;
    const delay =
      parseRetryAfter(retryAfter, Date.now()) ?? backoffDelay(request.retryCount, settings.retryBaseMs);
    deps.gate.backoff(request.url, delay);
    throw new RetryableStatusError(status);
  };

  const deliver = async (page: FetchedPage, enqueue: (more: FetchRequest[]) => Promise<void>) => {
    const more = await handlers.onPage(page);
    if (!more?.length) return;
    if (!followUps) throw new Error("fetchPages: follow-up pages returned for a static list");
    await enqueue(await admit(more));
  };

  const failed = async (request: { userData: Record<string, unknown>; noRetry?: boolean }, error: Error) => {
    const permanent = Boolean(request.noRetry) || error instanceof ResponseTooLargeError;
    await handlers.onFailure(fromCrawlee(request), error.message.split("\n")[0]!, permanent);
  };

  const common = {
    maxConcurrency: settings.maxConcurrency,
    maxRequestRetries: settings.maxRetries,
    navigationTimeoutSecs: settings.requestTimeoutMs / 1000,
    // Waiting at the politeness gate happens inside the handler's time budget.
    requestHandlerTimeoutSecs: 300,
    useSessionPool: false,
    persistCookiesPerSession: false,
    retryOnBlocked: false,
  };

  const http = new RawBodyCheerioCrawler(
    {
      ...common,
      // Raw bytes: Crawlee must not re-encode by the header charset (latin1 is a pass-through for Buffer).
      forceResponseEncoding: "latin1",
      additionalMimeTypes: [
        "application/rss+xml",
        "application/atom+xml",
        "text/plain",
        "application/octet-stream",
      ],
      httpClient,
      preNavigationHooks: [
        async ({ request }, requestOptions) => {
          await acquire(request, request.url);
          requestOptions.headers = { ...requestOptions.headers, "user-agent": settings.userAgent };
        },
      ],
      postNavigationHooks: [
        async ({ request, response }) => {
          release(request);
          const res = response as IncomingMessage | undefined;
          if (!res) return;
          const length = Number(res.headers["content-length"] ?? 0);
          if (length > settings.maxResponseBytes) {
            res.destroy();
            request.noRetry = true;
            throw new ResponseTooLargeError(settings.maxResponseBytes);
          }
          const status = res.statusCode ?? 0;
          if (isRetryableStatus(status)) res.destroy();
          const retryAfter = res.headers["retry-after"];
          checkStatus(request, status, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
        },
      ],
      requestHandler: async ({ request, response, body }) => {
        const vn = fromCrawlee(request);
        const res = response as IncomingMessage;
        const status = res.statusCode ?? 0;
        if (status >= 400) {
          await handlers.onFailure(vn, `HTTP ${status}`, true);
          return;
        }
        const raw = attempts.get(request)?.raw ?? (Buffer.isBuffer(body) ? body : Buffer.from(String(body)));
        // A static list keeps its request objects to the end of the run: drop what hangs off them.
        attempts.delete(request);
        const headers = headersOf(res.headers);
        const decoded = decodePage(raw, {
          contentType: headers["content-type"] ?? null,
          declared: vn.charset ?? null,
        });
        await deliver(
          {
            request: vn,
            finalUrl: request.loadedUrl ?? request.url,
            status,
            headers,
            body: raw,
            decoded,
            fetchedAt: new Date().toISOString(),
          },
          async (more) => void (await http.addRequests(more.map(toCrawlee))),
        );
      },
      errorHandler: async ({ request }) => release(request),
      failedRequestHandler: async ({ request }, error) => {
        release(request);
        await failed(request, error);
      },
    },
    configOf(),
    attempts,
    settings.maxResponseBytes,
  );

  let browser: PlaywrightCrawler | null = null;
  const browserRequests = requests.filter((r) => r.browser);
  if (browserRequests.length) {
    browser = new PlaywrightCrawler(
      {
        ...common,
        maxConcurrency: Math.min(settings.maxConcurrency, 2),
        launchContext: {
          launcher: chromium,
          launchOptions: {
            headless: true,
            args: CHROMIUM_ARGS,
            ...(chromiumExecutablePath() ? { executablePath: chromiumExecutablePath() } : {}),
          },
        },
        browserPoolOptions: { useFingerprints: false },
        preNavigationHooks: [
          async ({ request, page }, gotoOptions) => {
            await acquire(request, request.url);
            // Images, fonts and styles do not change the text; skipping them spares the portal.
            await page.route("**/*", (route: Route) =>
              ["image", "font", "stylesheet", "media"].includes(route.request().resourceType())
                ? route.abort()
                : route.continue(),
            );
            if (gotoOptions) {
              gotoOptions.waitUntil = "networkidle";
              gotoOptions.timeout = settings.requestTimeoutMs;
            }
          },
        ],
        postNavigationHooks: [
          async ({ request, response }) => {
            release(request);
            if (response)
              checkStatus(request, response.status(), (await response.allHeaders())["retry-after"]);
          },
        ],
        requestHandler: async ({ request, page, response }) => {
          const vn = fromCrawlee(request);
          const status = response?.status() ?? 200;
          if (status >= 400) {
            await handlers.onFailure(vn, `HTTP ${status}`, true);
            return;
          }
          const html = await page.content();
          // A BOM makes the stored bytes self-describing: re-decoding them never trusts a stale <meta charset>.
          const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, "utf8")]);
          const headers: Record<string, string> = {
            ...(response ? headersOf(await response.allHeaders()) : {}),
            "x-vnfacts-rendered": "chromium",
          };
          headers["content-type"] = "text/html; charset=utf-8";
          const decoded = decodePage(raw, { contentType: headers["content-type"] });
          await deliver(
            {
              request: vn,
              finalUrl: page.url(),
              status,
              headers,
              body: raw,
              decoded,
              fetchedAt: new Date().toISOString(),
            },
            async (more) => void (await browser!.addRequests(more.map(toCrawlee))),
          );
        },
        errorHandler: async ({ request }) => release(request),
        failedRequestHandler: async ({ request }, error) => {
          release(request);
          await failed(request, error);
        },
      },
      configOf(),
    );
  }

  try {
    const httpRequests = await admit(requests.filter((r) => !r.browser));
    const admittedBrowser = await admit(browserRequests);
    // allSettled: the shared temp storage must outlive both crawlers, and a browser that cannot start
    // (no Chromium on the machine) fails its own pages, not the plain-HTTP sources of the run.
    const start = async (crawler: CheerioCrawler | PlaywrightCrawler, list: FetchRequest[]) => {
      if (list.length === 0) return;
      if (followUps) return void (await crawler.run(list.map(toCrawlee)));
      // No name: the list is not persisted anywhere (our store is the crawl state).
      crawler.requestList = await RequestList.open(null, list.map(toCrawlee));
      await crawler.run();
    };
    const [httpRun, browserRun] = await Promise.allSettled([
      start(http, httpRequests),
      browser ? start(browser, admittedBrowser) : undefined,
    ]);
    if (browserRun.status === "rejected") {
      const reason = `browser unavailable (set CHROMIUM_PATH): ${String(browserRun.reason?.message ?? browserRun.reason).split("\n")[0]}`;
      for (const request of admittedBrowser) await handlers.onFailure(request, reason, false);
    }
    if (httpRun.status === "rejected") throw httpRun.reason;
  } finally {
    await httpClient.close();
    rmSync(storageDir, { recursive: true, force: true });
  }
}
