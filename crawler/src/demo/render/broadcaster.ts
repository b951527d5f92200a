import {
  type ArticleView,
  bodyHtml,
  escapeHtml,
  type FamilyTemplate,
  headHtml,
  type ListingPageView,
  type PortalView,
  paginationHtml,
  queryListingPath,
  relatedTo,
} from "./common.ts";

/**
 * Provincial radio-television (Ninh Bình, seed 001): "🔍" search icon, "Chuyên mục: …" line, dates
 * printed relative ("1 giờ trước") for fresh news, a "TIN LIÊN QUAN" block and a "VỀ TRANG CHỦ" footer.
 * Listings paginate with `?page=N`.
 */
function header(portal: PortalView): string {
  const menu = portal.manifest.listings
    .map((l) => `<a href="${queryListingPath(l.slug, 1)}">${escapeHtml(l.title)}</a>`)
    .join(" ");
  return `<header class="site-header"><a class="brand" href="/">NTV - Đài Phát thanh và Truyền hình Ninh Bình</a>
<nav class="nav">${menu} <a href="/truyen-hinh-truc-tuyen">Truyền hình trực tuyến</a></nav>
<a class="search-icon" href="/tim-kiem">🔍</a></header>`;
}

const FOOTER = `<footer class="site-footer"><p>Đài Phát thanh và Truyền hình Ninh Bình (bản demo)</p>
<p>Giấy phép số 120/GP-BTTTT</p></footer>`;

function renderArticle(portal: PortalView, view: ArticleView): string {
  const { article } = view;
  const listing = portal.manifest.listings.find((l) => l.slug === article.listing)!;
  const related = relatedTo(portal, view, 5)
    .map((r) => `<li><a href="${escapeHtml(r.article.path)}"><img src="/img/photo.gif" alt=""></a></li>`)
    .join("\n");
  const date = article.publicationDate.relative ?? article.publicationDate.raw ?? "";
  const category = article.section
    ? `<div class="category">Chuyên mục: <a href="${queryListingPath(listing.slug, 1)}">${escapeHtml(article.section)}</a></div>`
    : "";
  const byline = article.byline
    ? `<p class="author" style="text-align:right"><strong>${escapeHtml(article.byline)}</strong></p>`
    : "";
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${article.title} - NTV`, article.encoding)}
<body>
${header(portal)}
<main class="post">
${category}
<h1 class="post-title">${escapeHtml(article.title)}</h1>
<div class="post-time"><span class="time">${escapeHtml(date)}</span></div>
<div class="post-content">
${bodyHtml(view)}
${byline}
</div>
<div class="related-news"><h3>TIN LIÊN QUAN</h3><ul>
${related}
</ul></div>
<a class="back-home" href="/"><img src="/img/photo.gif" alt="Home Icon"> VỀ TRANG CHỦ</a>
</main>
${FOOTER}
</body>
</html>`;
}

function renderListing(portal: PortalView, page: ListingPageView): string {
  const items = page.articles
    .map((a) => {
      const date = a.article.publicationDate.relative ?? a.article.publicationDate.raw ?? "";
      return `<div class="news-item"><a href="${escapeHtml(a.article.path)}" class="title">${escapeHtml(a.article.title)}</a> <span class="time">${escapeHtml(date)}</span></div>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${page.listing.title} - NTV`, "utf-8")}
<body>
${header(portal)}
<main class="list"><h1>Chuyên mục: ${escapeHtml(page.listing.title)}</h1>
${items}
${paginationHtml(page, (n) => queryListingPath(page.listing.slug, n))}
</main>
${FOOTER}
</body>
</html>`;
}

export const broadcasterTemplate: FamilyTemplate = {
  listingPath: queryListingPath,
  pageSize: 5,
  renderArticle,
  renderListing,
  robotsTxt: () => "User-agent: *\nDisallow: /tim-kiem\nDisallow: /truyen-hinh-truc-tuyen\n",
  extraResources: () => new Map(),
};
