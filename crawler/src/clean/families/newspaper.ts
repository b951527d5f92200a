import type { FamilyRules } from "./types.ts";

/** Provincial newspapers (Báo Phú Thọ, Báo Ninh Bình…): date + section line above the title, sapo, share bars. */
export const newspaperRules: FamilyRules = {
  family: "newspaper",
  body: [
    "div.detail-content",
    "div.article-content",
    "div.detail__content",
    "div.content-detail",
    "#content-detail",
  ],
  title: ["h1.detail-title", "h1.article-title", "h1.title-detail", "h1.detail__title"],
  date: [".detail-top .date", ".detail-time", ".article-date", ".date-detail", "time.date"],
  section: [".detail-top .cate", ".detail-cate", ".breadcrumb li:last-child a", ".article-cate"],
  byline: [".detail-content .author", ".detail-author", ".article-author", ".author-name"],
  lead: [".detail-content .sapo", ".sapo", ".detail-sapo", ".article-sapo"],
  clutter: [
    ".share-bar",
    ".related",
    ".box-related",
    ".tin-lien-quan",
    ".social-share",
    ".detail-tags",
    ".rate-box",
  ],
};
