import type { FamilyRules } from "./types.ts";

/** District/city and ward portals (Kon Tum city): "Ngày đăng:" line, font-size control, visitor counters. */
export const cityportalRules: FamilyRules = {
  family: "cityportal",
  body: ["div.content-news", "div.news-content", "div.noidung", "div.chitiet"],
  title: ["h1.title-news", ".news-detail h1", ".title-detail"],
  date: [".date-news", ".ngay-dang", ".news-date"],
  section: [".news-detail .cat-name", ".chuyen-muc"],
  byline: ["p.tacgia", ".tac-gia", ".author"],
  lead: [".content-news .sapo", ".tomtat"],
  clutter: [".font-size", ".other-news", ".thong-ke", ".tin-khac", ".print", ".share"],
};
