import type { FamilyRules } from "./types.ts";

/** Commune portals rendered client-side: the browser-rendered DOM of `#app` (title, meta line, body, author). */
export const spaRules: FamilyRules = {
  family: "spa",
  body: ["#content .article-body", ".article-body"],
  title: ["h1.article-title", "#content h1"],
  date: [".article-meta", ".article-date"],
  section: [".article-section", ".article-category"],
  byline: [".article-author"],
  lead: [".article-sapo"],
  clutter: [".article-share", ".article-related"],
};
