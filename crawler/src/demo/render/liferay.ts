import {
  type ArticleView,
  bodyHtml,
  dmy,
  escapeHtml,
  escapeXml,
  type FamilyTemplate,
  headHtml,
  isoVietnam,
  type ListingPageView,
  type PortalView,
  pad2,
  paginationHtml,
  publishedInstant,
  type Resource,
  relatedTo,
  vietnamTime,
  weekdayShort,
} from "./common.ts";

/**
 * Liferay province portal (Thái Bình, seed 002): a portal clock "Thứ 7, 28/01/2023, 20:42[GMT+7]" in
 * the banner, above the article's real date line "Thứ 5, 05/01/2023 | 16:31:04"; a view counter;
 * `/web/guest/<listing>` listings paginated with `?_101_INSTANCE_<x>_cur=N`; `/-/<slug>` articles;
 * `/sitemap.xml` with `<lastmod>`.
 */
function instanceOf(slug: string): string {
  return slug.replace(/-/g, "").slice(0, 12);
}

function listingPath(slug: string, page: number): string {
  const base = `/web/guest/${slug}`;
  return page === 1
    ? base
    : `${base}?p_p_id=101_INSTANCE_${instanceOf(slug)}&_101_INSTANCE_${instanceOf(slug)}_cur=${page}`;
}

function clock(now: Date): string {
  const t = vietnamTime(now);
  return `${weekdayShort(t.weekday)}, ${dmy(t)}, ${pad2(t.hour)}:${pad2(t.minute)}[GMT+7]`;
}

function banner(portal: PortalView): string {
  const menu = portal.manifest.listings
    .map((l) => `<li><a href="${listingPath(l.slug, 1)}">${escapeHtml(l.title)}</a></li>`)
    .join("");
  return `<div id="banner"><div class="portal-clock">${clock(portal.now)}</div>
<a class="logo" href="/web/guest/trang-chu"><img src="/img/photo.gif" alt="Cổng thông tin điện tử tỉnh Thái Bình"></a>
<a class="sign-in" href="/c/portal/login">Đăng nhập</a>
<ul class="nav">${menu}</ul></div>`;
}

const FOOTER = `<div id="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH (bản demo)</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thái Bình</p></div>`;

function renderArticle(portal: PortalView, view: ArticleView): string {
  const { article } = view;
  const others = relatedTo(portal, view, 5)
    .map((r) => `<li><a href="${escapeHtml(r.article.path)}">${escapeHtml(r.article.title)}</a></li>`)
    .join("\n");
  const views =
    article.views !== undefined
      ? `<div class="view-count">${article.views.toLocaleString("en-US")} lượt xem</div>`
      : "";
  const byline = article.byline
    ? `<p style="text-align: right;"><strong>${escapeHtml(article.byline)}</strong></p>`
    : "";
  return `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
${headHtml(`${article.title} - Cổng thông tin điện tử tỉnh Thái Bình`, article.encoding)}
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
${banner(portal)}
<div id="content"><div class="portlet-boundary portlet-boundary_101_">
<div class="portlet-body"><div class="asset-full-content">
<h3 class="header-title"><span>${escapeHtml(article.title)}</span></h3>
<div class="asset-date">${escapeHtml(article.publicationDate.raw ?? "")}</div>
${views}
<div class="journal-content-article">
${bodyHtml(view)}
${byline}
</div></div>
<div class="asset-links"><h4>Tin khác</h4><ul>
${others}
</ul></div>
</div></div></div>
${FOOTER}
</body>
</html>`;
}

function renderListing(portal: PortalView, page: ListingPageView): string {
  const items = page.articles
    .map(
      (
        a,
      ) => `<div class="asset-abstract"><h3 class="asset-title"><a href="${escapeHtml(a.article.path)}">${escapeHtml(a.article.title)}</a></h3>
<div class="asset-summary">${escapeHtml(a.paragraphs[0] ?? "")}</div></div>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
${headHtml(`${page.listing.title} - Cổng thông tin điện tử tỉnh Thái Bình`, "utf-8")}
<body>
${banner(portal)}
<div id="content"><div class="portlet-body"><h2>${escapeHtml(page.listing.title)}</h2>
${items}
${paginationHtml(page, (n) => listingPath(page.listing.slug, n))}
</div></div>
${FOOTER}
</body>
</html>`;
}

function sitemap(portal: PortalView): Resource {
  const urls = portal.articles
    .map((a) => {
      const lastmod = a.modifiedAt ?? publishedInstant(a.article, portal.now);
      return `<url><loc>${escapeXml(a.url)}</loc><lastmod>${isoVietnam(lastmod)}</lastmod><changefreq>monthly</changefreq></url>`;
    })
    .join("\n");
  return {
    contentType: "application/xml; charset=utf-8",
    body: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`,
  };
}

export const liferayTemplate: FamilyTemplate = {
  listingPath,
  pageSize: 5,
  renderArticle,
  renderListing,
  robotsTxt: (origin) =>
    `User-agent: *\nDisallow: /c/\nDisallow: /web/guest/tim-kiem\n\nSitemap: ${origin}/sitemap.xml\n`,
  extraResources: (portal) => new Map([["/sitemap.xml", () => sitemap(portal)]]),
};
