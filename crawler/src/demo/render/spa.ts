import {
  type ArticleView,
  escapeHtml,
  type FamilyTemplate,
  headHtml,
  type ListingPageView,
  type PortalView,
  paginationHtml,
  queryListingPath,
  type Resource,
} from "./common.ts";

/**
 * Commune portal built as a single-page app: the article page is an empty `<div id="content">` that
 * `/static/app.js` fills from `/api/articles/<id>.json`. Only a browser sees the body; the listing is
 * server-rendered.
 */
function header(portal: PortalView): string {
  return `<header class="app-header"><a href="/">${escapeHtml(portal.manifest.portal.name)}</a>
<nav>${portal.manifest.listings.map((l) => `<a href="${queryListingPath(l.slug, 1)}">${escapeHtml(l.title)}</a>`).join(" ")}
<a href="/quan-tri/">Quản trị</a></nav></header>`;
}

/** The article id the API knows the page by: the last path segment. */
function apiIdOf(view: ArticleView): string {
  return view.article.path.split("/").pop()!;
}

function renderArticle(portal: PortalView, view: ArticleView): string {
  const { article } = view;
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(article.title, article.encoding)}
<body>
${header(portal)}
<main id="app" data-article-id="${escapeHtml(apiIdOf(view))}">
<div id="content"></div>
<noscript>Vui lòng bật JavaScript để xem nội dung.</noscript>
</main>
<script src="/static/app.js"></script>
</body>
</html>`;
}

function renderListing(portal: PortalView, page: ListingPageView): string {
  const items = page.articles
    .map(
      (a) =>
        `<li class="card"><a href="${escapeHtml(a.article.path)}">${escapeHtml(a.article.title)}</a></li>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
${headHtml(`${page.listing.title} - ${portal.manifest.portal.name}`, "utf-8")}
<body>
${header(portal)}
<main><h1>${escapeHtml(page.listing.title)}</h1><ul class="cards">
${items}
</ul>
${paginationHtml(page, (n) => queryListingPath(page.listing.slug, n))}
</main>
</body>
</html>`;
}

/** Fills `#content` the way the real commune portals' bundles do: fetch JSON, build DOM. */
const APP_JS = `(function () {
  var app = document.getElementById("app");
  if (!app) return;
  var id = app.getAttribute("data-article-id");
  fetch("/api/articles/" + id + ".json")
    .then(function (r) { return r.json(); })
    .then(function (a) {
      var root = document.getElementById("content");
      var h1 = document.createElement("h1");
      h1.className = "article-title";
      h1.textContent = a.title;
      root.appendChild(h1);
      var meta = document.createElement("div");
      meta.className = "article-meta";
      meta.textContent = a.dateLine;
      root.appendChild(meta);
      var body = document.createElement("div");
      body.className = "article-body";
      a.paragraphs.forEach(function (p) {
        var el = document.createElement(p.caption ? "figcaption" : "p");
        el.textContent = p.text;
        body.appendChild(el);
      });
      if (a.byline) {
        var by = document.createElement("p");
        by.className = "article-author";
        by.textContent = a.byline;
        body.appendChild(by);
      }
      root.appendChild(body);
      document.body.setAttribute("data-loaded", "true");
    });
})();
`;

function articleJson(view: ArticleView): Resource {
  const captions = new Set(view.article.captions);
  return {
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify({
      id: apiIdOf(view),
      title: view.article.title,
      dateLine: view.article.publicationDate.raw,
      paragraphs: view.paragraphs.map((text) => ({ text, caption: captions.has(text) })),
      byline: view.article.byline,
    }),
  };
}

export const spaTemplate: FamilyTemplate = {
  listingPath: queryListingPath,
  pageSize: 5,
  renderArticle,
  renderListing,
  robotsTxt: () => "User-agent: *\nDisallow: /quan-tri/\n",
  extraResources: (portal) => {
    const resources = new Map<string, () => Resource>([
      ["/static/app.js", () => ({ contentType: "application/javascript; charset=utf-8", body: APP_JS })],
    ]);
    for (const view of portal.articles)
      resources.set(`/api/articles/${apiIdOf(view)}.json`, () => articleJson(view));
    return resources;
  },
};
