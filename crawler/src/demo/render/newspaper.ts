import {
  type ArticleView,
  bodyHtml,
  dmy,
  escapeHtml,
  escapeXml,
  type FamilyTemplate,
  headHtml,
  type ListingPageView,
  type PortalView,
  paginationHtml,
  publishedInstant,
  type Resource,
  relatedTo,
  rfc822,
  vietnamTime,
  weekdayLong,
} from "./common.ts";

/**
 * Provincial newspaper (Báo Phú Thọ, seeds 000 and 004): section line with an ISO date, RSS feed,
 * `/<slug>-<id>.htm` articles, `/<section>/trang-N.htm` pagination, share bar and related news.
 * The header prints today's date (the request's), which is not the article's.
 */
function listingPath(slug: string, page: number): string {
  return page === 1 ? `/${slug}/` : `/${slug}/trang-${page}.htm`;
}

function header(portal: PortalView): string {
  const today = vietnamTime(portal.now);
  const menu = portal.manifest.listings
    .map((l) => `<li><a href="${listingPath(l.slug, 1)}">${escapeHtml(l.title)}</a></li>`)
    .join("");
  return `<header class="header">
<div class="top-bar"><span class="today">${weekdayLong(today.weekday)}, ${dmy(today)}</span>
<a class="search" href="/tim-kiem?q=">Tìm kiếm</a> <a class="login" href="/admin/">Đăng nhập</a>
<a class="rss" href="/rss/home.rss">RSS</a></div>
<a class="logo" href="/"><img src="/img/photo.gif" alt="${escapeHtml(portal.manifest.portal.name)}"></a>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>${menu}</ul></nav>
</header>`;
}

const FOOTER = `<footer class="footer"><p>BÁO PHÚ THỌ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH PHÚ THỌ</p>
<p>Giấy phép hoạt động báo điện tử số 25/GP-BTTTT. Tổng Biên tập: (bản demo)</p>
<p>Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ</p></footer>`;

function renderArticle(portal: PortalView, view: ArticleView): string {
  const { article } = view;
  const listing = portal.manifest.listings.find((l) => l.slug === article.listing)!;
  const related = relatedTo(portal, view, 4)
    .map((r) => `<li><a href="${escapeHtml(r.article.path)}">${escapeHtml(r.article.title)}</a></li>`)
    .join("\n");
  const section = article.section
    ? `<a class="cate" href="${listingPath(listing.slug, 1)}">${escapeHtml(article.section)}</a>`
    : "";
  const date = article.publicationDate.raw
    ? `<div class="date"><img src="/img/photo.gif" alt="date"> ${escapeHtml(article.publicationDate.raw)}</div>`
    : "";
  const byline = article.byline ? `<p class="author"><strong>${escapeHtml(article.byline)}</strong></p>` : "";
  const body = bodyHtml(view, { leadClass: "sapo" });
  const content = article.encoding === "tcvn3" ? `<font face=".VnTime">${body}</font>` : body;
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${article.title} | Báo Phú Thọ`, article.encoding, `<meta property="og:title" content="${escapeHtml(article.title)}">\n<link rel="alternate" type="application/rss+xml" href="/rss/home.rss">\n`)}
<body>
${header(portal)}
<main class="main detail">
<div class="detail-top">${date}${section}</div>
<h1 class="detail-title">${escapeHtml(article.title)}</h1>
<div class="share-bar">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
<div class="detail-content">
${content}
${byline}
</div>
<div class="share-bar bottom">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<section class="related"><h3>Tin liên quan</h3><ul>
${related}
</ul></section>
</main>
${FOOTER}
</body>
</html>`;
}

function renderListing(portal: PortalView, page: ListingPageView): string {
  const items = page.articles
    .map(
      (
        a,
      ) => `<article class="story"><a class="thumb" href="${escapeHtml(a.article.path)}"><img src="/img/photo.gif" alt=""></a>
<h3 class="story-title"><a href="${escapeHtml(a.article.path)}">${escapeHtml(a.article.title)}</a></h3>
<p class="story-sapo">${escapeHtml(a.article.lead ?? a.paragraphs[0] ?? "")}</p></article>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${page.listing.title} - Trang ${page.page} | Báo Phú Thọ`, "utf-8")}
<body>
${header(portal)}
<main class="main category"><h1 class="cate-title">${escapeHtml(page.listing.title)}</h1>
${items}
${paginationHtml(page, (n) => listingPath(page.listing.slug, n))}
</main>
${FOOTER}
</body>
</html>`;
}

/** Feeds carry the newest items only, as real ones do. */
const FEED_ITEMS = 100;

function feed(portal: PortalView): Resource {
  const items = portal.articles
    .slice(0, FEED_ITEMS)
    .map((a) => {
      const published = publishedInstant(a.article, portal.now);
      return `<item>
<title>${escapeXml(a.article.title)}</title>
<link>${escapeXml(a.url)}</link>
<guid isPermaLink="true">${escapeXml(a.url)}</guid>
<description>${escapeXml(a.paragraphs[0] ?? "")}</description>
<pubDate>${rfc822(published)}</pubDate>
</item>`;
    })
    .join("\n");
  const lastBuild = portal.articles.reduce(
    (latest, a) =>
      Math.max(latest, a.modifiedAt?.getTime() ?? publishedInstant(a.article, portal.now).getTime()),
    0,
  );
  return {
    contentType: "application/rss+xml; charset=utf-8",
    body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Báo Phú Thọ - Trang chủ</title>
<link>${escapeXml(portal.origin)}/</link>
<description>Tin mới nhất</description>
<language>vi</language>
<lastBuildDate>${rfc822(new Date(lastBuild))}</lastBuildDate>
${items}
</channel>
</rss>
`,
  };
}

export const newspaperTemplate: FamilyTemplate = {
  listingPath,
  pageSize: 5,
  renderArticle,
  renderListing,
  robotsTxt: (origin) =>
    `User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\n# feed: ${origin}/rss/home.rss\n`,
  extraResources: (portal) => new Map([["/rss/home.rss", () => feed(portal)]]),
};
