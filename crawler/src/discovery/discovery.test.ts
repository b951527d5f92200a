import { parseOrThrow, Source } from "@vnfacts/shared";
import { describe, expect, it } from "vitest";
import { discoverFromPage, parseFeed, parseListing, parseSitemap, seedPages } from "./index.ts";

const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://baophutho.vn/thi-dua-yeu-nuoc-101.htm</loc><lastmod>2025-03-01</lastmod></url>
  <url><loc>https://baophutho.vn/dai-hoi-dang-bo-xa-103.htm</loc><lastmod>2025-07-20T08:15:00+07:00</lastmod></url>
  <url><loc>https://baophutho.vn/khen-thuong-102.htm</loc><lastmod>2025-05-10</lastmod></url>
  <url><loc>https://baophutho.vn/gioi-thieu.htm</loc></url>
</urlset>`;

const SITEMAP_INDEX = `<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>/sitemap-2024.xml</loc><lastmod>2024-12-31</lastmod></sitemap>
  <sitemap><loc>/sitemap-2025.xml</loc><lastmod>2025-07-01</lastmod></sitemap>
</sitemapindex>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo Phú Thọ</title>
<item><title>Tuyên dương điển hình tiên tiến</title><link>https://baophutho.vn/tuyen-duong-201.htm</link><pubDate>Mon, 02 Jun 2025 09:00:00 +0700</pubDate></item>
<item><title>Đại hội Đảng bộ phường</title><link>https://baophutho.vn/dai-hoi-202.htm</link><pubDate>Tue, 03 Jun 2025 10:30:00 +0700</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>A</title><link rel="alternate" href="https://x.gov.vn/a-1.html"/><updated>2025-01-02T00:00:00Z</updated></entry>
<entry><title>B</title><link href="https://x.gov.vn/b-2.html"/><published>2025-02-02T00:00:00Z</published></entry>
</feed>`;

const listingHtml = (ids: number[], next?: string) => `<html><body>
<a href="/">Trang chủ</a><a href="/xay-dung-dang.htm">Xây dựng Đảng</a>
${ids.map((id) => `<h3><a href="/bai-viet-${id}.htm#top">Bài ${id}</a></h3><a href="/bai-viet-${id}.htm">ảnh</a>`).join("\n")}
<a href="https://facebook.com/share?u=1">Chia sẻ</a>
${next ? `<div class="paging"><a href="${next}">Trang sau</a></div>` : ""}
</body></html>`;

const source = parseOrThrow(Source, {
  id: "bao-phu-tho",
  name: "Báo Phú Thọ",
  province: "Phú Thọ",
  level: "province",
  kind: "newspaper",
  baseUrl: "https://baophutho.vn/",
  discovery: {
    sitemaps: ["https://baophutho.vn/sitemap.xml"],
    feeds: ["https://baophutho.vn/rss/home.rss"],
    listings: [
      {
        url: "https://baophutho.vn/xay-dung-dang.htm",
        pageTemplate: "https://baophutho.vn/xay-dung-dang/trang-{page}.htm",
        maxPages: 3,
      },
    ],
    articlePattern: "-\\d+\\.htm$",
  },
});

describe("sitemaps", () => {
  it("lists URLs newest lastmod first, undated last", () => {
    const { urls, sitemaps } = parseSitemap(SITEMAP, "https://baophutho.vn/sitemap.xml");
    expect(sitemaps).toEqual([]);
    expect(urls.map((u) => u.url)).toEqual([
      "https://baophutho.vn/dai-hoi-dang-bo-xa-103.htm",
      "https://baophutho.vn/khen-thuong-102.htm",
      "https://baophutho.vn/thi-dua-yeu-nuoc-101.htm",
      "https://baophutho.vn/gioi-thieu.htm",
    ]);
    expect(urls[0]!.lastmod).toBe("2025-07-20T01:15:00.000Z");
    expect(urls[1]!.lastmod).toBe("2025-05-10");
  });

  it("follows a sitemap index, resolving relative locations", () => {
    const { sitemaps } = parseSitemap(SITEMAP_INDEX, "https://baophutho.vn/sitemap.xml");
    expect(sitemaps.map((s) => s.url)).toEqual([
      "https://baophutho.vn/sitemap-2025.xml",
      "https://baophutho.vn/sitemap-2024.xml",
    ]);
  });
});

describe("feeds", () => {
  it("reads RSS items newest first with their dates", () => {
    const items = parseFeed(RSS, "https://baophutho.vn/rss/home.rss");
    expect(items).toEqual([
      { url: "https://baophutho.vn/dai-hoi-202.htm", lastmod: "2025-06-03T03:30:00.000Z" },
      { url: "https://baophutho.vn/tuyen-duong-201.htm", lastmod: "2025-06-02T02:00:00.000Z" },
    ]);
  });

  it("reads Atom entries", () => {
    expect(parseFeed(ATOM, "https://x.gov.vn/feed").map((e) => e.url)).toEqual([
      "https://x.gov.vn/b-2.html",
      "https://x.gov.vn/a-1.html",
    ]);
  });
});

describe("listings", () => {
  it("keeps article links in page order, once each, and finds the next page", () => {
    const parsed = parseListing(
      listingHtml([9, 8, 7], "/xay-dung-dang/trang-2.htm"),
      "https://baophutho.vn/xay-dung-dang.htm",
      {
        articlePattern: "-\\d+\\.htm$",
        page: 1,
      },
    );
    expect(parsed.articles).toEqual([
      "https://baophutho.vn/bai-viet-9.htm",
      "https://baophutho.vn/bai-viet-8.htm",
      "https://baophutho.vn/bai-viet-7.htm",
    ]);
    expect(parsed.next).toBe("https://baophutho.vn/xay-dung-dang/trang-2.htm");
  });

  it("reads upper-case markup of old portals, skips other hosts and non-web links, drops fragments", () => {
    const html = `<HTML><BODY><A HREF="/tin-tuc/bai-viet-12.htm#binh-luan">Bài 12</A>
<a href="mailto:ubnd@phutho.gov.vn">Thư</a><a href="javascript:void(0)">In</a>
<a href="https://other.vn/bai-viet-13.htm">Báo khác</a><a href="/tin-tuc/bai-viet-12.htm">Bài 12 lần nữa</a>
<A HREF="?page=2">Trang sau</A></BODY></HTML>`;
    const parsed = parseListing(html, "https://phutho.gov.vn/tin-tuc", {
      articlePattern: "-\\d+\\.htm$",
      page: 1,
    });
    expect(parsed.articles).toEqual(["https://phutho.gov.vn/tin-tuc/bai-viet-12.htm"]);
    expect(parsed.next).toBe("https://phutho.gov.vn/tin-tuc?page=2");
  });

  it("uses the page template only when the page links onward", () => {
    const options = {
      articlePattern: "-\\d+\\.htm$",
      pageTemplate: "/xay-dung-dang/trang-{page}.htm",
      page: 2,
    };
    const url = "https://baophutho.vn/xay-dung-dang/trang-2.htm";
    expect(parseListing(listingHtml([5], "/xay-dung-dang/trang-3.htm"), url, options).next).toBe(
      "https://baophutho.vn/xay-dung-dang/trang-3.htm",
    );
    expect(parseListing(listingHtml([5]), url, options).next).toBeNull();
  });
});

describe("discoverFromPage", () => {
  const listingPage = {
    url: "https://baophutho.vn/xay-dung-dang.htm",
    kind: "listing" as const,
    listing: { index: 0, page: 1 },
  };

  it("seeds every sitemap, feed and listing of a source", () => {
    expect(seedPages(source).map((p) => p.kind)).toEqual(["sitemap", "feed", "listing"]);
  });

  it("pages on while everything on the page is new", () => {
    const outcome = discoverFromPage(
      source,
      listingPage,
      listingHtml([9, 8], "/xay-dung-dang/trang-2.htm"),
      new Set(),
    );
    expect(outcome.articles.map((a) => a.url)).toEqual([
      "https://baophutho.vn/bai-viet-9.htm",
      "https://baophutho.vn/bai-viet-8.htm",
    ]);
    expect(outcome.followUps).toEqual([
      {
        url: "https://baophutho.vn/xay-dung-dang/trang-2.htm",
        kind: "listing",
        listing: { index: 0, page: 2 },
      },
    ]);
  });

  it("stops paging once it reaches an article already fetched", () => {
    const known = new Set(["https://baophutho.vn/bai-viet-8.htm"]);
    const outcome = discoverFromPage(
      source,
      listingPage,
      listingHtml([9, 8, 7], "/xay-dung-dang/trang-2.htm"),
      known,
    );
    expect(outcome.articles.map((a) => a.url)).toEqual([
      "https://baophutho.vn/bai-viet-9.htm",
      "https://baophutho.vn/bai-viet-7.htm",
    ]);
    expect(outcome.followUps).toEqual([]);
    expect(outcome.stoppedBecause).toBe("known");
  });

  it("stops at the listing's maxPages", () => {
    const third = {
      ...listingPage,
      url: "https://baophutho.vn/xay-dung-dang/trang-3.htm",
      listing: { index: 0, page: 3 },
    };
    const outcome = discoverFromPage(
      source,
      third,
      listingHtml([3], "/xay-dung-dang/trang-4.htm"),
      new Set(),
    );
    expect(outcome.stoppedBecause).toBe("max-pages");
    expect(outcome.followUps).toEqual([]);
  });

  it("keeps only article-pattern URLs of the source's own site from a sitemap", () => {
    const outcome = discoverFromPage(
      source,
      { url: "https://baophutho.vn/sitemap.xml", kind: "sitemap" },
      SITEMAP,
      new Set(),
    );
    expect(outcome.articles.map((a) => a.url)).toEqual([
      "https://baophutho.vn/dai-hoi-dang-bo-xa-103.htm",
      "https://baophutho.vn/khen-thuong-102.htm",
      "https://baophutho.vn/thi-dua-yeu-nuoc-101.htm",
    ]);
  });
});
