// The demo portals served over loopback: discovery finds every article, pages carry their text in the
// promised bytes, and the test hooks (faults, edits, request log) behave as documented.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type FixtureArticle, type Source, SourceRegistryFile } from "@vnfacts/shared";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FAMILIES, type DemoFamily, paragraphsOf } from "../crawler/src/demo/fixtures.ts";
import { encodeWindows1258 } from "../crawler/src/demo/render/encoding.ts";
import { type DemoServer, startDemoServer } from "../crawler/src/demo/server.ts";
import { decodeTcvn3, encodeTcvn3 } from "./fixtures/portals/legacy/tcvn3.ts";

/** Far from every article date, so any page that printed the clock as a date would show it. */
const NOW = new Date("2026-01-28T03:00:00Z");
const USER_AGENT = "vnfacts-portals-test";

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ basePort: 0, now: () => NOW });
});
afterAll(async () => {
  await server?.close();
});

interface Fetched {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

async function get(url: string): Promise<Fetched> {
  const response = await fetch(url, { headers: { "user-agent": USER_AGENT }, redirect: "manual" });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function links(html: string, base: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => new URL(unescapeHtml(m[1]!), base).href);
}

/** Text of a page decoded the way its encoding case needs (what a correct crawler does). */
function decodedText(article: FixtureArticle, page: Fetched): string {
  switch (article.encoding) {
    case "windows-1258":
      return unescapeHtml(iconv.decode(page.bytes, "windows-1258").normalize("NFC"));
    case "tcvn3":
      return unescapeHtml(decodeTcvn3(page.bytes));
    default:
      return unescapeHtml(
        page.bytes
          .toString("utf8")
          .replace(/^\uFEFF/, "")
          .normalize("NFC"),
      );
  }
}

/** Every URL discovery can reach: listings followed through their "next" links, feeds, sitemaps. */
async function discover(source: Source): Promise<Set<string>> {
  const found = new Set<string>();
  for (const listing of source.discovery.listings) {
    let url: string | undefined = listing.url;
    let pages = 0;
    while (url && pages < 50) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      const html = page.bytes.toString("utf8");
      for (const link of links(html, url)) found.add(link);
      const next = html.match(/<a class="next" rel="next" href="([^"]+)"/);
      url = next ? new URL(unescapeHtml(next[1]!), url).href : undefined;
      pages++;
    }
  }
  for (const feed of source.discovery.feeds) {
    const xml = (await get(feed)).bytes.toString("utf8");
    for (const m of xml.matchAll(/<link>([^<]+)<\/link>/g)) found.add(unescapeHtml(m[1]!));
  }
  for (const sitemap of source.discovery.sitemaps) {
    const xml = (await get(sitemap)).bytes.toString("utf8");
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) found.add(unescapeHtml(m[1]!));
  }
  return found;
}

describe.each(DEMO_FAMILIES)("%s portal", (family: DemoFamily) => {
  it("serves robots.txt", async () => {
    const robots = await get(`${server.portal(family).origin}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.bytes.toString("utf8")).toMatch(/^User-agent: \*\nDisallow: \//);
  });

  it("lets discovery reach every article, and every found article URL matches articlePattern", async () => {
    const portal = server.portal(family);
    const found = await discover(portal.source);
    const pattern = new RegExp(portal.source.discovery.articlePattern!);
    for (const article of portal.manifest.articles) {
      const url = server.urlOf(family, article.id);
      expect(url).toBe(portal.origin + article.path);
      expect(found.has(url), `${article.id} ${url}`).toBe(true);
      expect(pattern.test(url), url).toBe(true);
    }
    const articleUrls = [...found].filter((u) => pattern.test(u));
    expect(new Set(articleUrls).size).toBe(portal.manifest.articles.length);
  });

  it("serves every article page with its title (and, without a browser, its body)", async () => {
    const portal = server.portal(family);
    for (const article of portal.manifest.articles) {
      const page = await get(server.urlOf(family, article.id));
      expect(page.status, article.id).toBe(200);
      const text = decodedText(article, page);
      expect(text, article.id).toContain(article.title);
      const paragraphs = paragraphsOf(readFileSync(join(portalDir(family), article.file), "utf8"));
      if (article.needsBrowser) expect(text, article.id).not.toContain(paragraphs.at(-1)!);
      else for (const p of paragraphs) expect(text, article.id).toContain(p);
      if (article.publicationDate.raw && !article.needsBrowser)
        expect(text, article.id).toContain(article.publicationDate.raw);
    }
  });
});

function portalDir(family: DemoFamily): string {
  return join(import.meta.dirname, "fixtures/portals", family);
}

describe("page details", () => {
  const articleOf = (family: DemoFamily, pick: (a: FixtureArticle) => boolean) =>
    server.portal(family).manifest.articles.find(pick)!;

  it("links a robots-disallowed path from the pages", async () => {
    const robots = (await get(`${server.portal("newspaper").origin}/robots.txt`)).bytes.toString("utf8");
    expect(robots).toContain("Disallow: /tim-kiem");
    const page = (await get(server.urlOf("newspaper", "np-01"))).bytes.toString("utf8");
    expect(page).toContain('href="/tim-kiem?q="');
  });

  it("prints portal clocks from the request time, never the article date", async () => {
    const liferay = (await get(server.urlOf("liferay", "lf-01"))).bytes.toString("utf8");
    expect(liferay).toContain("Thứ 4, 28/01/2026, 10:00[GMT+7]");
    expect(liferay).toContain("Thứ 5, 05/01/2023 | 16:31:04");
    expect(liferay.indexOf("28/01/2026")).toBeLessThan(liferay.indexOf("05/01/2023"));
    expect(liferay).toContain("5,525 lượt xem");
    const city = (await get(server.urlOf("cityportal", "cp-01"))).bytes.toString("utf8");
    expect(city).toContain("Thứ 4, Ngày 28/01/2026 -");
    expect(city).toContain("Ngày đăng: 23/02/2020\u00a0 09:32");
    expect(city).toContain("Đang truy cập: 111");
  });

  it("prints the broadcaster's relative dates and clutter", async () => {
    const page = (await get(server.urlOf("broadcaster", "bc-01"))).bytes.toString("utf8");
    for (const line of [
      "🔍",
      "Chuyên mục: ",
      "1 giờ trước",
      "TIN LIÊN QUAN",
      "VỀ TRANG CHỦ",
      'alt="Home Icon"',
    ])
      expect(page).toContain(line);
  });

  it("serves the windows-1258 page in windows-1258 bytes", async () => {
    const article = articleOf("cityportal", (a) => a.encoding === "windows-1258");
    const page = await get(server.urlOf("cityportal", article.id));
    expect(page.headers.get("content-type")).toBe("text/html; charset=windows-1258");
    expect(page.bytes.includes(encodeWindows1258(article.title))).toBe(true);
    expect(page.bytes.includes(Buffer.from(article.title, "utf8"))).toBe(false);
    expect(page.bytes.toString("latin1")).toContain('content="text/html; charset=windows-1258"');
  });

  it("serves the TCVN3 page as windows-1252 mojibake in a .VnTime font", async () => {
    const article = articleOf("cityportal", (a) => a.encoding === "tcvn3");
    const page = await get(server.urlOf("cityportal", article.id));
    expect(page.headers.get("content-type")).toBe("text/html; charset=windows-1252");
    expect(page.bytes.includes(encodeTcvn3(article.title.replace(/"/g, "&quot;")))).toBe(true);
    const latin1 = page.bytes.toString("latin1");
    expect(latin1).toContain('<font face=".VnTime">');
    expect(latin1).toContain("Héi nghÞ tæng kÕt"); // "Hội nghị tổng kết" read as windows-1252
  });

  it("serves NFD, BOM and lying-header pages as promised", async () => {
    const nfd = articleOf("broadcaster", (a) => a.encoding === "nfd");
    const nfdText = (await get(server.urlOf("broadcaster", nfd.id))).bytes.toString("utf8");
    expect(nfdText).toContain(nfd.title.normalize("NFD"));
    expect(nfdText).not.toContain(nfd.title);

    const bom = articleOf("newspaper", (a) => a.encoding === "utf-8-bom");
    const bomPage = await get(server.urlOf("newspaper", bom.id));
    expect([...bomPage.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const lying = articleOf("newspaper", (a) => a.encoding === "meta-charset-mismatch");
    const lyingPage = await get(server.urlOf("newspaper", lying.id));
    expect(lyingPage.headers.get("content-type")).toBe("text/html; charset=iso-8859-1");
    expect(lyingPage.bytes.toString("utf8")).toContain('<meta charset="utf-8">');
    expect(lyingPage.bytes.toString("utf8")).toContain(lying.title);
  });

  it("fills the single-page app's content from its JSON API", async () => {
    const portal = server.portal("spa");
    const html = (await get(server.urlOf("spa", "sp-01"))).bytes.toString("utf8");
    expect(html).toContain('<div id="content"></div>');
    expect(html).toContain('<script src="/static/app.js"></script>');
    const id = html.match(/data-article-id="(\d+)"/)![1];
    const api = await get(`${portal.origin}/api/articles/${id}.json`);
    const json = JSON.parse(api.bytes.toString("utf8")) as { title: string; paragraphs: { text: string }[] };
    expect(json.title).toBe(portal.manifest.articles[0]!.title);
    expect(json.paragraphs[0]!.text).toMatch(/^Trong hai ngày 7 và 8\/8, Đảng bộ xã Tân Lạc/);
    expect((await get(`${portal.origin}/static/app.js`)).bytes.toString("utf8")).toContain("/api/articles/");
  });

  it("dates the newspaper feed and the Liferay sitemap", async () => {
    const feed = (await get(`${server.portal("newspaper").origin}/rss/home.rss`)).bytes.toString("utf8");
    expect(feed).toContain("<pubDate>Tue, 27 Jan 2026 08:00:00 +0700</pubDate>");
    const sitemap = (await get(`${server.portal("liferay").origin}/sitemap.xml`)).bytes.toString("utf8");
    expect(sitemap).toContain(
      `<loc>${server.urlOf("liferay", "lf-01")}</loc><lastmod>2023-01-05T16:31:04+07:00</lastmod>`,
    );
  });

  it("answers unknown paths with 404", async () => {
    expect((await get(`${server.portal("liferay").origin}/khong-co-trang-nay`)).status).toBe(404);
  });
});

describe("test hooks", () => {
  it("injectFault returns the status `times` times with Retry-After, then the page", async () => {
    const path = server.portal("broadcaster").manifest.articles[1]!.path;
    server.injectFault("broadcaster", path, { status: 503, times: 2, retryAfterSeconds: 7 });
    const url = server.portal("broadcaster").origin + path;
    const first = await get(url);
    const second = await get(url);
    const third = await get(url);
    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(third.headers.get("retry-after")).toBeNull();
  });

  it("injectFault with a delay and a 200 status still serves the page", async () => {
    server.injectFault("spa", "/robots.txt", { status: 200, times: 1, delayMs: 30 });
    const robots = await get(`${server.portal("spa").origin}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.bytes.toString("utf8")).toContain("Disallow: /quan-tri/");
  });

  it("editArticle changes the page, the sitemap lastmod and the feed; resetEdits restores them", async () => {
    const added = "Đoạn văn bổ sung sau khi bài được cập nhật.";
    server.editArticle("liferay", "lf-01", (body) => `${body}\n\n${added}\n`);
    server.editArticle("newspaper", "np-01", (body) => body.replace(/^Chiều 27\/1/, "Chiều ngày 27/1"));
    expect((await get(server.urlOf("liferay", "lf-01"))).bytes.toString("utf8")).toContain(added);
    const sitemap = (await get(`${server.portal("liferay").origin}/sitemap.xml`)).bytes.toString("utf8");
    expect(sitemap).toContain(
      `<loc>${server.urlOf("liferay", "lf-01")}</loc><lastmod>2026-01-28T10:00:00+07:00</lastmod>`,
    );
    const feed = (await get(`${server.portal("newspaper").origin}/rss/home.rss`)).bytes.toString("utf8");
    expect(feed).toContain("<description>Chiều ngày 27/1, Đảng ủy");

    server.resetEdits();
    expect((await get(server.urlOf("liferay", "lf-01"))).bytes.toString("utf8")).not.toContain(added);
    const restored = (await get(`${server.portal("liferay").origin}/sitemap.xml`)).bytes.toString("utf8");
    expect(restored).toContain("<lastmod>2023-01-05T16:31:04+07:00</lastmod>");
  });

  it("records every request in arrival order with status and user agent", async () => {
    const before = server.requestLog.length;
    const origin = server.portal("cityportal").origin;
    await get(`${origin}/robots.txt`);
    await get(`${origin}/admin/`);
    const entries = server.requestLog.slice(before);
    expect(entries.map((e) => [e.method, e.origin, e.path, e.status, e.userAgent])).toEqual([
      ["GET", origin, "/robots.txt", 200, USER_AGENT],
      ["GET", origin, "/admin/", 404, USER_AGENT],
    ]);
    expect(entries[0]!.at).toBeLessThanOrEqual(entries[1]!.at);
  });
});

describe("registry", () => {
  it("sources() at the default ports equals crawler/sources/demo.json", () => {
    // The running server uses ephemeral ports; map each origin to its default port before comparing.
    let json = JSON.stringify(server.sources());
    server.portals.forEach((portal, i) => {
      json = json.split(portal.origin).join(`http://127.0.0.1:${8711 + i}`);
    });
    const file = JSON.parse(readFileSync(join(import.meta.dirname, "../crawler/sources/demo.json"), "utf8"));
    expect(JSON.parse(json)).toEqual(SourceRegistryFile.parse(file).sources);
  });

  it("marks the spa portal as needing a browser, and only it", () => {
    expect(server.sources().map((s) => [s.id, s.family, s.needsBrowser])).toEqual([
      ["demo-newspaper", "newspaper", false],
      ["demo-broadcaster", "broadcaster", false],
      ["demo-liferay", "liferay", false],
      ["demo-cityportal", "cityportal", false],
      ["demo-spa", "spa", true],
    ]);
  });
});

describe("synthetic portal", () => {
  it("serves N generated articles through paginated listings and the feed", async () => {
    const synthetic = await startDemoServer({ basePort: 0, synthetic: { articles: 120 }, now: () => NOW });
    try {
      const portal = synthetic.portal("synthetic");
      expect(portal.manifest.articles).toHaveLength(120);
      expect(synthetic.sources().at(-1)!.id).toBe("demo-synthetic");
      const found = await discover(portal.source);
      const pattern = new RegExp(portal.source.discovery.articlePattern!);
      expect([...found].filter((u) => pattern.test(u)).length).toBe(120);
      const page = await get(synthetic.urlOf("synthetic", "syn-77"));
      expect(page.status).toBe(200);
      expect(page.bytes.toString("utf8")).toContain(portal.manifest.articles[76]!.title);
    } finally {
      await synthetic.close();
    }
  });
});
