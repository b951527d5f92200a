import type { FamilyRules } from "./types.ts";

/** Liferay government portals (Thái Bình, Kon Tum…): portal clock in the banner, view counter, "Tin khác". */
export const liferayRules: FamilyRules = {
  family: "liferay",
  body: [".journal-content-article", ".asset-full-content .asset-content", ".asset-content"],
  title: [".asset-full-content .header-title", "h3.header-title", ".asset-full-content h1", ".header-title"],
  date: [".asset-date", ".asset-metadata .metadata-entry", ".news-date"],
  section: [".portlet-title-text", ".asset-category"],
  byline: ['.journal-content-article p[style*="right"]', ".asset-author"],
  lead: [".journal-content-article .sapo", ".asset-summary"],
  clutter: [
    ".asset-links",
    ".view-count",
    ".taglib-social-bookmarks",
    ".taglib-ratings",
    ".asset-tag",
    ".print-action",
  ],
};
