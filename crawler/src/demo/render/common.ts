import type { FixtureArticle, FixtureEncoding, FixtureListing, FixtureManifest } from "@vnfacts/shared";
import { metaCharsetFor } from "./encoding.ts";

/** An article as served right now (its body may have been edited by a test). */
export interface ArticleView {
  article: FixtureArticle;
  paragraphs: string[];
  /** Absolute URL on the running portal. */
  url: string;
  /** Set when `editArticle` changed the body. */
  modifiedAt?: Date;
}

/** One page of a paginated listing. */
export interface ListingPageView {
  listing: FixtureListing;
  page: number;
  pageCount: number;
  articles: ArticleView[];
}

/** What every template gets: the portal, its clock and its articles newest first. */
export interface PortalView {
  manifest: FixtureManifest;
  origin: string;
  now: Date;
  articles: ArticleView[];
}

/** A served resource: renderers produce strings, the server encodes them. */
export interface Resource {
  contentType: string;
  body: string;
}

/** One layout family: how its URLs look and how its pages are drawn. */
export interface FamilyTemplate {
  /** Path (and query) of page `page` (1-based) of a listing. */
  listingPath(slug: string, page: number): string;
  /** Articles per listing page. */
  pageSize: number;
  renderArticle(portal: PortalView, view: ArticleView): string;
  renderListing(portal: PortalView, page: ListingPageView): string;
  robotsTxt(origin: string): string;
  /** Feeds, sitemaps, JSON APIs, scripts: path → resource. */
  extraResources(portal: PortalView): Map<string, () => Resource>;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Portals print their own clocks in Vietnam time (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

export interface VietnamTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

export function vietnamTime(date: Date): VietnamTime {
  const t = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
    weekday: t.getUTCDay(),
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "Thứ 5", "Chủ nhật": the short weekday portals print. */
export function weekdayShort(weekday: number): string {
  return weekday === 0 ? "Chủ nhật" : `Thứ ${weekday + 1}`;
}

/** "Thứ Năm", "Chủ Nhật": the long weekday newspapers print. */
export function weekdayLong(weekday: number): string {
  return ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"][weekday]!;
}

/** dd/mm/yyyy in Vietnam time. */
export function dmy(t: VietnamTime): string {
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
}

/** The article body as HTML paragraphs; caption paragraphs become figures. */
export function bodyHtml(view: ArticleView, options: { leadClass?: string } = {}): string {
  const captions = new Set(view.article.captions);
  return view.paragraphs
    .map((paragraph, i) => {
      if (captions.has(paragraph))
        return `<figure class="image"><img src="/img/photo.gif" alt="" width="640" height="427"><figcaption>${escapeHtml(paragraph)}</figcaption></figure>`;
      if (i === 0 && view.article.lead && options.leadClass)
        return `<p class="${options.leadClass}"><strong>${escapeHtml(paragraph)}</strong></p>`;
      return `<p>${escapeHtml(paragraph)}</p>`;
    })
    .join("\n");
}

/** The `<head>` every page shares; the meta charset follows the article's encoding case. */
export function headHtml(title: string, encoding: FixtureEncoding, extra = ""): string {
  const charset = metaCharsetFor(encoding);
  const meta =
    charset === "utf-8"
      ? `<meta charset="utf-8">`
      : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
  return `<head>\n${meta}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n${extra}</head>`;
}

/** Up to `count` other articles of the same portal (the ones listed after it), for "related news" blocks. */
export function relatedTo(portal: PortalView, view: ArticleView, count: number): ArticleView[] {
  const all = portal.articles;
  const at = all.indexOf(view);
  const related: ArticleView[] = [];
  for (let step = 1; step < all.length && related.length < count; step++)
    related.push(all[(at + step) % all.length]!);
  return related;
}

/** "Trang 1 2 3 ›" pagination links. */
export function paginationHtml(page: ListingPageView, pathFor: (page: number) => string): string {
  const links: string[] = [];
  for (let n = 1; n <= page.pageCount; n++)
    links.push(
      n === page.page ? `<span class="current">${n}</span>` : `<a href="${escapeHtml(pathFor(n))}">${n}</a>`,
    );
  if (page.page < page.pageCount)
    links.push(`<a class="next" rel="next" href="${escapeHtml(pathFor(page.page + 1))}">Trang sau ›</a>`);
  return `<div class="pagination">${links.join(" ")}</div>`;
}

/** RFC 822 date for RSS `pubDate`, in +0700 as Vietnamese feeds write it. */
export function rfc822(date: Date): string {
  const t = vietnamTime(date);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${days[t.weekday]}, ${pad2(t.day)} ${months[t.month - 1]} ${t.year} ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)} +0700`;
}

/** ISO 8601 with +07:00 (sitemap lastmod). */
export function isoVietnam(date: Date): string {
  const t = vietnamTime(date);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}+07:00`;
}

/**
 * The instant an article was published, for ordering, feeds and sitemaps. Relative dates are taken
 * against the clock; a bare date is read as 08:00 Vietnam time.
 */
export function publishedInstant(article: FixtureArticle, now: Date): Date {
  const { value, relative } = article.publicationDate;
  if (relative) {
    const [amount, unit] = relative.split(" ");
    const minutes = { phút: 1, giờ: 60, ngày: 1440 }[unit as "phút" | "giờ" | "ngày"] ?? 0;
    return new Date(now.getTime() - Number(amount) * minutes * 60_000);
  }
  if (!value) return new Date(0);
  return new Date(value.length === 10 ? `${value}T08:00:00+07:00` : value);
}

/** An XML text node. */
export const escapeXml = escapeHtml;

/** Listing page N addressed by a `?page=N` query (page 1 has none), as most portals do. */
export function queryListingPath(slug: string, page: number): string {
  return page === 1 ? `/${slug}` : `/${slug}?page=${page}`;
}
