import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type DiscoveryHints,
  type FixtureManifest,
  type PortalFamily,
  parseOrThrow,
  Source,
  type SourceInput,
} from "@vnfacts/shared";
import {
  DEFAULT_FIXTURES_DIR,
  DEMO_FAMILIES,
  type LoadedFixtures,
  loadFamilyFixtures,
  paragraphsOf,
} from "./fixtures.ts";
import { broadcasterTemplate } from "./render/broadcaster.ts";
import { cityportalTemplate } from "./render/cityportal.ts";
import type { ArticleView, FamilyTemplate, ListingPageView, PortalView } from "./render/common.ts";
import { publishedInstant } from "./render/common.ts";
import { encodePage } from "./render/encoding.ts";
import { liferayTemplate } from "./render/liferay.ts";
import { newspaperTemplate } from "./render/newspaper.ts";
import { spaTemplate } from "./render/spa.ts";
import { generateSyntheticFixtures } from "./synthetic.ts";

export interface DemoServerOptions {
  /** Default 8710; family i listens on basePort + 1 + i (synthetic on basePort + 9). 0 = ephemeral ports. */
  basePort?: number;
  /** Default "127.0.0.1": loopback only. */
  host?: string;
  /** Default: `<repo>/test/fixtures/portals`. */
  fixturesDir?: string;
  /** A generated portal with N article pages (crawler benchmark); off by default. */
  synthetic?: { articles: number } | false;
  /** Clock for portal clocks and relative dates (tests pass a fixed one). */
  now?: () => Date;
}

export type DemoFamilyName = PortalFamily | "synthetic";

export interface DemoPortal {
  family: PortalFamily;
  origin: string;
  source: Source;
  manifest: FixtureManifest;
}

export interface RequestLogEntry {
  /** Epoch milliseconds when the request arrived. */
  at: number;
  method: string;
  origin: string;
  /** Path and query as requested. */
  path: string;
  status: number;
  userAgent?: string;
}

export interface DemoFault {
  status: number;
  /** How many requests get the fault before the page is served normally again. */
  times: number;
  retryAfterSeconds?: number;
  /** Wait before answering (a slow server); with a 2xx/3xx status the normal page follows. */
  delayMs?: number;
}

export interface DemoServer {
  portals: DemoPortal[];
  portal(family: DemoFamilyName): DemoPortal;
  /** A registry pointing at the running ports (zod-valid Source objects). */
  sources(): Source[];
  /** Absolute article URL. */
  urlOf(family: DemoFamilyName, articleId: string): string;
  /** Every request, in arrival order. */
  requestLog: RequestLogEntry[];
  injectFault(family: DemoFamilyName, path: string, fault: DemoFault): void;
  /** Changes the served text (sitemap lastmod and feed follow). */
  editArticle(family: DemoFamilyName, articleId: string, edit: (body: string) => string): void;
  resetEdits(): void;
  close(): Promise<void>;
}

export const DEFAULT_BASE_PORT = 8710;
/** Port offset of the synthetic portal from the base port. */
const SYNTHETIC_PORT_OFFSET = 9;
/** Listing pages of the synthetic portal hold more links: it exists to be crawled fast. */
const SYNTHETIC_PAGE_SIZE = 50;

const TEMPLATES: Record<(typeof DEMO_FAMILIES)[number], FamilyTemplate> = {
  newspaper: newspaperTemplate,
  broadcaster: broadcasterTemplate,
  liferay: liferayTemplate,
  cityportal: cityportalTemplate,
  spa: spaTemplate,
};

/** The article URLs of each family, as the registry's `articlePattern` (matched against full URLs). */
const ARTICLE_PATTERNS: Record<(typeof DEMO_FAMILIES)[number] | "synthetic", string> = {
  newspaper: "^https?://[^/]+/[a-z0-9-]+-\\d+\\.htm$",
  broadcaster: "^https?://[^/]+/[a-z0-9-]+/[a-z0-9-]+-\\d+\\.html$",
  liferay: "^https?://[^/]+/web/guest/[a-z0-9-]+/-/[a-z0-9-]+$",
  cityportal: "^https?://[^/]+/tin-tuc\\?nid=\\d+$",
  spa: "^https?://[^/]+/bai-viet/\\d+$",
  synthetic: "^https?://[^/]+/[a-z0-9-]+-\\d+\\.htm$",
};

/** A 1×1 transparent GIF for every photo. */
const PIXEL_GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

interface Reply {
  status: number;
  contentType: string;
  body: Buffer;
  headers?: Record<string, string>;
}

/** One running portal: its pages are rendered on each request from mutable article views. */
interface PortalRuntime {
  name: DemoFamilyName;
  portal: DemoPortal;
  template: FamilyTemplate;
  view: PortalView;
  byId: Map<string, ArticleView>;
  originalBodies: Map<string, string>;
  currentBodies: Map<string, string>;
  routes: Map<string, () => Reply>;
  server: Server;
  pageSize: number;
  faults: Map<string, DemoFault>;
}

function textReply(contentType: string, body: string, status = 200): Reply {
  return { status, contentType, body: Buffer.from(body, "utf8") };
}

function notFound(): Reply {
  return textReply(
    "text/html; charset=utf-8",
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404</title></head><body><h1>Không tìm thấy trang</h1><a href="/">Về trang chủ</a></body></html>`,
    404,
  );
}

function listingPages(runtime: PortalRuntime): { path: string; page: ListingPageView }[] {
  const pages: { path: string; page: ListingPageView }[] = [];
  for (const listing of runtime.view.manifest.listings) {
    const articles = runtime.view.articles.filter((a) => a.article.listing === listing.slug);
    const pageCount = Math.max(1, Math.ceil(articles.length / runtime.pageSize));
    for (let page = 1; page <= pageCount; page++) {
      const slice = articles.slice((page - 1) * runtime.pageSize, page * runtime.pageSize);
      pages.push({
        path: runtime.template.listingPath(listing.slug, page),
        page: { listing, page, pageCount, articles: slice },
      });
    }
  }
  return pages;
}

function buildRoutes(runtime: PortalRuntime): void {
  const { template, view, routes } = runtime;
  routes.set("/robots.txt", () => textReply("text/plain; charset=utf-8", template.robotsTxt(view.origin)));
  routes.set("/img/photo.gif", () => ({ status: 200, contentType: "image/gif", body: PIXEL_GIF }));
  routes.set("/", () => {
    const home: ListingPageView = {
      listing: { slug: "trang-chu", title: "Tin mới nhất" },
      page: 1,
      pageCount: 1,
      articles: view.articles.slice(0, runtime.pageSize),
    };
    return textReply("text/html; charset=utf-8", template.renderListing(view, home));
  });
  for (const { path, page } of listingPages(runtime))
    routes.set(path, () => textReply("text/html; charset=utf-8", template.renderListing(view, page)));
  for (const article of view.articles)
    routes.set(article.article.path, () => {
      const encoded = encodePage(template.renderArticle(view, article), article.article.encoding);
      return { status: 200, contentType: encoded.contentType, body: encoded.bytes };
    });
  for (const [path, resource] of template.extraResources(view))
    routes.set(path, () => {
      const r = resource();
      return textReply(r.contentType, r.body);
    });
}

function discoveryFor(name: DemoFamilyName, runtime: PortalRuntime): DiscoveryHints {
  const origin = runtime.view.origin;
  const listings = runtime.view.manifest.listings.map((listing) => {
    const first = runtime.template.listingPath(listing.slug, 1);
    const second = runtime.template.listingPath(listing.slug, 2);
    const count = runtime.view.articles.filter((a) => a.article.listing === listing.slug).length;
    return {
      url: origin + first,
      pageTemplate: origin + second.replace(/2(?=[^2]*$)/, "{page}"),
      maxPages: Math.max(20, Math.ceil(count / runtime.pageSize)),
    };
  });
  const feeds = name === "newspaper" || name === "synthetic" ? [`${origin}/rss/home.rss`] : [];
  const sitemaps = name === "liferay" ? [`${origin}/sitemap.xml`] : [];
  return {
    sitemaps,
    feeds,
    listings,
    articlePattern: ARTICLE_PATTERNS[name as keyof typeof ARTICLE_PATTERNS],
  };
}

function sourceFor(name: DemoFamilyName, runtime: PortalRuntime): Source {
  const { portal } = runtime.view.manifest;
  const input: SourceInput = {
    id: portal.id,
    name: portal.name,
    province: portal.province,
    level: portal.level,
    kind: portal.kind,
    family: runtime.view.manifest.family,
    baseUrl: `${runtime.view.origin}/`,
    discovery: discoveryFor(name, runtime),
    needsBrowser: name === "spa",
    politeness: { maxConcurrency: 2, minDelayMs: 50 },
    notes: `Offline demo portal (test/fixtures/portals/${name === "synthetic" ? "(generated)" : name}); see docs/demo-portals.md.`,
  };
  return parseOrThrow(Source, input, `demo source ${name}`);
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createRuntime(
  name: DemoFamilyName,
  fixtures: LoadedFixtures,
  template: FamilyTemplate,
  pageSize: number,
  port: number,
  host: string,
  now: () => Date,
  log: RequestLogEntry[],
): Promise<PortalRuntime> {
  const server = createServer();
  const boundPort = await listen(server, port, host);
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`;
  const startedAt = now();
  const ordered = [...fixtures.manifest.articles].sort(
    (a, b) => publishedInstant(b, startedAt).getTime() - publishedInstant(a, startedAt).getTime(),
  );
  const articles: ArticleView[] = ordered.map((article) => ({
    article,
    paragraphs: paragraphsOf(fixtures.bodies.get(article.id) ?? ""),
    url: origin + article.path,
  }));
  const view: PortalView = { manifest: fixtures.manifest, origin, now: startedAt, articles };
  const runtime: PortalRuntime = {
    name,
    portal: undefined as unknown as DemoPortal, // set right below, once routes and origin exist
    template,
    view,
    byId: new Map(articles.map((a) => [a.article.id, a])),
    originalBodies: fixtures.bodies,
    currentBodies: new Map(fixtures.bodies),
    routes: new Map(),
    server,
    pageSize,
    faults: new Map(),
  };
  buildRoutes(runtime);
  runtime.portal = {
    family: fixtures.manifest.family,
    origin,
    source: sourceFor(name, runtime),
    manifest: fixtures.manifest,
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    void handle(runtime, req, res, now, log);
  });
  return runtime;
}

async function handle(
  runtime: PortalRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  now: () => Date,
  log: RequestLogEntry[],
): Promise<void> {
  const path = req.url ?? "/";
  const entry: RequestLogEntry = {
    at: Date.now(),
    method: req.method ?? "GET",
    origin: runtime.view.origin,
    path,
    status: 0,
  };
  if (req.headers["user-agent"]) entry.userAgent = req.headers["user-agent"];
  log.push(entry);

  let reply: Reply;
  const fault = runtime.faults.get(path) ?? runtime.faults.get(path.split("?")[0]!);
  if (fault && fault.times > 0) {
    fault.times -= 1;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.status >= 400) {
      reply = textReply("text/plain; charset=utf-8", `demo fault ${fault.status}\n`, fault.status);
      if (fault.retryAfterSeconds !== undefined)
        reply.headers = { "Retry-After": String(fault.retryAfterSeconds) };
    } else reply = serve(runtime, path, now);
  } else reply = serve(runtime, path, now);

  entry.status = reply.status;
  res.writeHead(reply.status, {
    "Content-Type": reply.contentType,
    "Content-Length": reply.body.length,
    "Cache-Control": "no-cache",
    ...reply.headers,
  });
  res.end(req.method === "HEAD" ? undefined : reply.body);
}

function serve(runtime: PortalRuntime, path: string, now: () => Date): Reply {
  const route = runtime.routes.get(path);
  if (!route) return notFound();
  // Rendering is synchronous, so setting the clock on the shared view is race-free.
  runtime.view.now = now();
  return route();
}

/** Starts the demo portals, each on its own loopback port. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const basePort = options.basePort ?? DEFAULT_BASE_PORT;
  const host = options.host ?? "127.0.0.1";
  const fixturesDir = options.fixturesDir ?? DEFAULT_FIXTURES_DIR;
  const now = options.now ?? (() => new Date());
  const portFor = (offset: number) => (basePort === 0 ? 0 : basePort + offset);
  const requestLog: RequestLogEntry[] = [];

  const runtimes: PortalRuntime[] = [];
  try {
    for (const [i, family] of DEMO_FAMILIES.entries()) {
      const fixtures = loadFamilyFixtures(fixturesDir, family);
      const template = TEMPLATES[family];
      runtimes.push(
        await createRuntime(
          family,
          fixtures,
          template,
          template.pageSize,
          portFor(1 + i),
          host,
          now,
          requestLog,
        ),
      );
    }
    if (options.synthetic) {
      const fixtures = generateSyntheticFixtures(options.synthetic.articles);
      runtimes.push(
        await createRuntime(
          "synthetic",
          fixtures,
          newspaperTemplate,
          SYNTHETIC_PAGE_SIZE,
          portFor(SYNTHETIC_PORT_OFFSET),
          host,
          now,
          requestLog,
        ),
      );
    }
  } catch (error) {
    await Promise.all(runtimes.map((r) => closeServer(r.server)));
    throw error;
  }

  const runtimeOf = (family: DemoFamilyName): PortalRuntime => {
    const runtime = runtimes.find((r) => r.name === family);
    if (!runtime) throw new Error(`demo server: no portal for family ${family}`);
    return runtime;
  };
  const articleOf = (family: DemoFamilyName, articleId: string): ArticleView => {
    const view = runtimeOf(family).byId.get(articleId);
    if (!view) throw new Error(`demo server: ${family} has no article ${articleId}`);
    return view;
  };

  return {
    portals: runtimes.map((r) => r.portal),
    portal: (family) => runtimeOf(family).portal,
    sources: () => runtimes.map((r) => r.portal.source),
    urlOf: (family, articleId) => articleOf(family, articleId).url,
    requestLog,
    injectFault(family, path, fault) {
      runtimeOf(family).faults.set(path, { ...fault });
    },
    editArticle(family, articleId, edit) {
      const runtime = runtimeOf(family);
      const view = articleOf(family, articleId);
      const body = edit(runtime.currentBodies.get(articleId) ?? "");
      runtime.currentBodies.set(articleId, body);
      view.paragraphs = paragraphsOf(body);
      view.modifiedAt = now();
    },
    resetEdits() {
      for (const runtime of runtimes)
        for (const [id, view] of runtime.byId) {
          const original = runtime.originalBodies.get(id) ?? "";
          runtime.currentBodies.set(id, original);
          view.paragraphs = paragraphsOf(original);
          delete view.modifiedAt;
        }
    },
    close: async () => {
      await Promise.all(runtimes.map((r) => closeServer(r.server)));
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
