import {
  type ArticleView,
  bodyHtml,
  dmy,
  escapeHtml,
  type FamilyTemplate,
  headHtml,
  type ListingPageView,
  type PortalView,
  paginationHtml,
  queryListingPath,
  relatedTo,
  vietnamTime,
  weekdayShort,
} from "./common.ts";

/**
 * City portal (Kon Tum, seed 003): a clock "Thứ 4, Ngày 20/01/2021 -" above "Ngày đăng: dd/mm/yyyy HH:MM",
 * a "Mặc định Cỡ chữ" font-size control, visitor counters, "Phiên bản đang chạy thử nghiệm", a
 * related-news line; articles at `/tin-tuc?nid=N`, listings at `/tin-tuc?page=N`. Legacy-encoded
 * pages (windows-1258, TCVN3) live here, as on the old ASP portals.
 */
function top(portal: PortalView): string {
  const t = vietnamTime(portal.now);
  const menu = portal.manifest.listings
    .map((l) => `<a href="${queryListingPath(l.slug, 1)}">${escapeHtml(l.title)}</a>`)
    .join(" | ");
  return `<div class="top"><span class="clock">${weekdayShort(t.weekday)}, Ngày ${dmy(t)} -</span>
<a href="/admin/dang-nhap.aspx">Quản trị</a></div>
<div class="banner"><img src="/img/photo.gif" alt="Cổng thông tin điện tử thành phố Kon Tum"></div>
<div class="menu"><a href="/">Trang chủ</a> | ${menu}</div>`;
}

const BOTTOM = `<div class="thong-ke"><div>Đang truy cập: 111</div>
<div>Tổng lượng truy cập: 45.940.313</div></div>
<div class="footer"><p>Phiên bản đang chạy thử nghiệm</p>
<p>Cơ quan chủ quản: UBND thành phố Kon Tum (bản demo)</p></div>`;

function renderArticle(portal: PortalView, view: ArticleView): string {
  const { article } = view;
  const related = [
    ...article.related.map((line) => `<li><a href="/tin-tuc">${escapeHtml(line)}</a></li>`),
    ...relatedTo(portal, view, 3).map(
      (r) => `<li><a href="${escapeHtml(r.article.path)}">${escapeHtml(r.article.title)}</a></li>`,
    ),
  ].join("\n");
  const byline = article.byline ? `<p class="tacgia"><b>${escapeHtml(article.byline)}</b></p>` : "";
  const body = bodyHtml(view);
  const content = article.encoding === "tcvn3" ? `<font face=".VnTime">${body}</font>` : body;
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${article.title}`, article.encoding)}
<body>
${top(portal)}
<div class="main"><div class="news-detail">
<h1 class="title-news">${escapeHtml(article.title)}</h1>
<div class="date-news">${escapeHtml(article.publicationDate.raw ?? "")}</div>
<div class="font-size"><a href="#" class="default">Mặc định</a> <a href="#" class="size">Cỡ chữ</a></div>
<div class="content-news">
${content}
${byline}
</div>
<div class="other-news"><ul>
${related}
</ul></div>
</div></div>
${BOTTOM}
</body>
</html>`;
}

function renderListing(portal: PortalView, page: ListingPageView): string {
  const items = page.articles
    .map((a) => {
      const date = a.article.publicationDate.raw?.replace(/^Ngày đăng:\s*/, "") ?? "";
      return `<li><a href="${escapeHtml(a.article.path)}">${escapeHtml(a.article.title)}</a> <i>(${escapeHtml(date)})</i></li>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${page.listing.title} - Cổng thông tin điện tử thành phố Kon Tum`, "utf-8")}
<body>
${top(portal)}
<div class="main"><h2>${escapeHtml(page.listing.title)}</h2><ul class="list-news">
${items}
</ul>
${paginationHtml(page, (n) => queryListingPath(page.listing.slug, n))}
</div>
${BOTTOM}
</body>
</html>`;
}

export const cityportalTemplate: FamilyTemplate = {
  listingPath: queryListingPath,
  pageSize: 5,
  renderArticle,
  renderListing,
  robotsTxt: () => "User-agent: *\nDisallow: /admin/\n",
  extraResources: () => new Map(),
};
