import type { FamilyRules } from "./types.ts";

/** Provincial broadcasters (NTV Ninh Bình): "Chuyên mục:" line, relative times ("1 giờ trước"), "VỀ TRANG CHỦ". */
export const broadcasterRules: FamilyRules = {
  family: "broadcaster",
  body: ["div.post-content", "div.news-content", "div.content-post"],
  title: ["h1.post-title", "h1.news-title"],
  date: [".post-time .time", ".post-time", ".news-time", ".time-post"],
  section: [".category a", ".category", ".post-category"],
  byline: [".post-content .author", ".post-author", ".news-author"],
  lead: [".post-sapo", ".post-content .sapo"],
  clutter: [".related-news", ".back-home", ".share", ".post-tags", ".video-player"],
};
