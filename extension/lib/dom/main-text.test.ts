// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mainTextElement, mainTextOf } from "./main-text.ts";
import { buildTextIndex } from "./text-index.ts";

const html = readFileSync(fileURLToPath(import.meta.resolve("./fixtures/ky-son-article.html")), "utf8");
const load = (source: string) => new DOMParser().parseFromString(source, "text/html");
const para = (n: number) =>
  `<p>${"Phường Kỳ Sơn tổ chức hội nghị tổng kết công tác thi đua. ".repeat(n)}</p>`;

describe("main text", () => {
  it("is the article's body block, not the menu, breadcrumb or footer, and is one slice of the page's text", () => {
    const doc = load(html);
    const el = mainTextElement(doc);
    expect(el.className).toBe("content");
    const index = buildTextIndex(doc.body);
    const main = mainTextOf(doc, index);
    expect(main.text).toContain("thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng");
    expect(main.text).not.toContain("Trang chủ");
    expect(index.text.slice(main.start, main.start + main.text.length)).toBe(main.text);
  });

  it("picks the largest text block when the page has no article or main element", () => {
    const doc = load(
      `<body><div class="menu">${"<div>Tin tức</div>".repeat(30)}</div><div class="left"><div id="news">${para(3)}${para(4)}</div></div><div class="related">${para(1)}</div></body>`,
    );
    expect(mainTextElement(doc).id).toBe("news");
  });

  it("falls back to the body of a page with little text", () => {
    const doc = load("<body><p>Trang chủ</p></body>");
    expect(mainTextElement(doc)).toBe(doc.body);
  });
});
