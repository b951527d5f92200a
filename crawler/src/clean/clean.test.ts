import { describe, expect, it } from "vitest";
import { CleanError, cleanArticleHtml, cleanLoadedArticle, loadPage } from "./index.ts";

const FETCHED_AT = new Date("2026-01-21T10:00:00Z");

describe("cleanArticleHtml", () => {
  it("splits a hyphenated byline into two authors and drops it from the body", () => {
    const html = `<html><body><header><span class="today">Thứ Tư, 21/01/2026</span></header>
<main class="post"><div class="category">Chuyên mục: <a href="/thoi-su/">Thời sự</a></div>
<h1 class="post-title">Cụm Thi đua số 1 phát động phong trào thi đua yêu nước năm 2026</h1>
<div class="post-time"><span class="time">2 ngày trước</span></div>
<div class="post-content"><p>Chiều 21/1, tại phường Hoa Lư, Cụm Thi đua số 1 thuộc UBND tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.</p>
<p>Các đại biểu dự hội nghị.</p>
<p class="author"><strong>Xuân Thu-Trường Giang</strong></p></div>
<div class="related-news"><h3>TIN LIÊN QUAN</h3></div><a class="back-home" href="/">VỀ TRANG CHỦ</a></main></body></html>`;
    const clean = cleanArticleHtml(html, { family: "broadcaster", fetchedAt: FETCHED_AT });
    expect(clean.authors).toEqual(["Xuân Thu", "Trường Giang"]);
    expect(clean.section).toBe("Thời sự");
    expect(clean.body.split("\n\n")).toEqual([
      "Chiều 21/1, tại phường Hoa Lư, Cụm Thi đua số 1 thuộc UBND tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.",
      "Các đại biểu dự hội nghị.",
    ]);
    expect(clean.publicationDate).toEqual({
      value: "2026-01-19T17:00:00+07:00",
      precision: "approximate",
      raw: "2 ngày trước",
      origin: "relative",
    });
    expect(clean.boilerplate).toEqual(expect.arrayContaining(["TIN LIÊN QUAN", "VỀ TRANG CHỦ"]));
  });

  it("never takes the portal clock for the article date, even when it is the only date", () => {
    const html = `<html><body><div id="banner"><div class="portal-clock">Thứ 7, 28/01/2023, 20:42[GMT+7]</div></div>
<div class="asset-full-content"><h3 class="header-title"><span>Kiến Xương phát động phong trào thi đua</span></h3>
<div class="journal-content-article"><p>Sáng ngày 5/1, UBND huyện Kiến Xương tổ chức hội nghị tổng kết công tác thi đua năm 2022.</p></div></div></body></html>`;
    const clean = cleanArticleHtml(html, { family: "liferay", fetchedAt: FETCHED_AT });
    expect(clean.publicationDate).toEqual({ value: null, precision: "unknown", raw: null, origin: "none" });
  });

  it("falls back to the generic extractor for an unknown layout, skipping share bars and counters", () => {
    const paragraph =
      "Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, với sự tham dự của 150 đại biểu đại diện cho hơn 900 đảng viên.";
    const html = `<html><head><meta property="og:title" content="Đại hội Đảng bộ xã lần thứ I">
<meta property="article:published_time" content="2025-08-08T15:40:00+07:00"></head><body>
<div class="khung"><div class="social-share">Chia sẻ Facebook Zalo</div>
<div class="noi-dung-bai">${`<p>${paragraph}</p>`.repeat(4)}<p>Hoàng Yến</p></div>
<div class="counter">Lượt xem: 1.024</div></div></body></html>`;
    const clean = cleanArticleHtml(html, { fetchedAt: FETCHED_AT });
    expect(clean.title).toBe("Đại hội Đảng bộ xã lần thứ I");
    expect(clean.authors).toEqual(["Hoàng Yến"]);
    expect(clean.publicationDate.value).toBe("2025-08-08T15:40:00+07:00");
    expect(clean.body).toBe(Array(4).fill(paragraph).join("\n\n"));
  });

  it("returns NFC text for decomposed input", () => {
    const nfd = "Phường Kỳ Sơn phát động phong trào thi đua".normalize("NFD");
    const html = `<html><body><h1 class="title-news">${nfd}</h1><div class="date-news">Ngày đăng: 23/02/2020 09:32</div>
<div class="content-news"><p>${"Hội nghị biểu dương người tốt, việc tốt được tổ chức trang trọng tại hội trường. ".normalize("NFD")}</p></div></body></html>`;
    const clean = cleanArticleHtml(html, { family: "cityportal", fetchedAt: FETCHED_AT });
    expect(clean.title).toBe(nfd.normalize("NFC"));
    expect(clean.body).toBe(clean.body.normalize("NFC"));
    expect(clean.publicationDate.value).toBe("2020-02-23T09:32:00+07:00");
  });

  it("takes the day from the article URL only when the page prints no date", () => {
    const html = `<html><body><h1 class="title-news">Hội nghị biểu dương người tốt, việc tốt</h1>
<div class="content-news"><p>Sáng 20/02, UBND phường Quang Trung tổ chức Hội nghị biểu dương người tốt, việc tốt.</p></div></body></html>`;
    const url = "https://kontumcity.example.vn/2020/02/23/hoi-nghi-bieu-duong.html";
    expect(
      cleanArticleHtml(html, { family: "cityportal", url, fetchedAt: FETCHED_AT }).publicationDate,
    ).toEqual({
      value: "2020-02-23",
      precision: "day",
      raw: "/2020/02/23",
      origin: "url",
    });
    const dated = html.replace("</h1>", '</h1><div class="date-news">Ngày đăng: 24/02/2020 09:32</div>');
    expect(
      cleanArticleHtml(dated, { family: "cityportal", url, fetchedAt: FETCHED_AT }).publicationDate.value,
    ).toBe("2020-02-24T09:32:00+07:00");
    const undated = cleanArticleHtml(html, {
      family: "cityportal",
      url: "https://x.vn/tin-tuc/bai-2020.html",
    });
    expect(undated.publicationDate.origin).toBe("none");
  });

  it("throws CleanError when the page has no title at all", () => {
    expect(() => cleanArticleHtml("<html><body><p>x</p></body></html>", { fetchedAt: FETCHED_AT })).toThrow(
      CleanError,
    );
  });

  // "Thứ Năm, 20/11/2026" (long weekday, date, no time) is a clock in a header but can be an article's own
  // date line under a title: the line alone cannot tell, so position decides. On an unknown layout the
  // generic path must still take the article's date, not the header's.
  it("takes the article's date, not a header clock that looks like a date line, on an unknown layout", () => {
    const html = `<html><body><header><div class="top">Thứ Năm, 20/11/2026</div><nav>Trang chủ | Xã hội</nav></header>
<article><h1>Xã Tam Nông ký giao ước thi đua năm 2026</h1><div class="meta">Xã hội | 2026-01-20</div>
<p>Chiều 19/1, UBND xã Tam Nông tổ chức hội nghị ký giao ước thi đua năm 2026 giữa các thôn, khu dân cư.</p>
<p>Dịp này, UBND xã tặng Giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.</p>
<p>Ngọc Ánh</p></article></body></html>`;
    const clean = cleanArticleHtml(html, { family: "generic", fetchedAt: new Date("2026-11-20T03:00:00Z") });
    expect(clean.title).toBe("Xã Tam Nông ký giao ước thi đua năm 2026");
    expect(clean.publicationDate.value?.slice(0, 10)).toBe("2026-01-20");
    expect(clean.body).not.toContain("20/11/2026");
    // With no date of its own the page gets none, rather than the clock's.
    const undated = cleanArticleHtml(html.replace(" | 2026-01-20", ""), {
      family: "generic",
      fetchedAt: new Date("2026-11-20T03:00:00Z"),
    });
    expect(undated.publicationDate.value).toBeNull();
  });
});

describe("cleanLoadedArticle", () => {
  const sentence =
    "Sáng 12/3, UBND huyện Gia Viễn tổ chức hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025.";
  const broadcasterPage = `<html><body><div class="category"><a href="/thoi-su/">Thời sự</a></div>
<h1 class="post-title">Gia Viễn tổng kết phong trào thi đua</h1><div class="post-time"><span class="time">12/03/2025 10:15</span></div>
<div class="post-content"><p>${sentence}</p><div>Khen thưởng:<br>12 tập thể<br><span>20 cá nhân</span></div>
<p><img src="/icon.png" alt="">Hội nghị đề ra nhiệm vụ năm 2025.</p><div class="share">Chia sẻ</div>
<p class="author">Minh Hải</p></div></body></html>`;
  // A chrome-looking class on the wrapper of the whole article: kept (more than three paragraphs), while the
  // share bar inside it goes.
  const genericPage = `<html><head><title>Gia Viễn tổng kết thi đua | Cổng TTĐT</title></head><body>
<header><div class="clock">Thứ Tư, 12/03/2025</div></header>
<div class="box-related-page"><div class="social-share">Chia sẻ Facebook</div><h1>Gia Viễn tổng kết thi đua</h1>
<div class="post-date">12/03/2025 10:15</div>${`<p>${sentence}</p>`.repeat(4)}<p>Minh Hải</p></div>
<footer>Bản quyền thuộc UBND huyện</footer></body></html>`;

  it("reads a page loaded once exactly as cleanArticleHtml reads its text", () => {
    for (const [html, family] of [
      [broadcasterPage, "broadcaster"],
      [genericPage, undefined],
    ] as const) {
      const expected = cleanArticleHtml(html, { family, fetchedAt: FETCHED_AT });
      expect(cleanLoadedArticle(loadPage(html), { family, fetchedAt: FETCHED_AT, html })).toEqual(expected);
      // Without the text, Readability gets the tree serialized back.
      expect(cleanLoadedArticle(loadPage(html), { family, fetchedAt: FETCHED_AT })).toEqual(expected);
    }
  });

  it("splits <br> lines into lines and leaves the share bar out of the body on a family layout", () => {
    const clean = cleanLoadedArticle(loadPage(broadcasterPage), {
      family: "broadcaster",
      fetchedAt: FETCHED_AT,
    });
    expect(clean.body.split("\n\n")).toEqual([
      sentence,
      "Khen thưởng:",
      "12 tập thể",
      "20 cá nhân",
      "Hội nghị đề ra nhiệm vụ năm 2025.",
    ]);
    expect(clean.authors).toEqual(["Minh Hải"]);
    expect(clean.section).toBe("Thời sự");
    expect(clean.publicationDate.value).toBe("2025-03-12T10:15:00+07:00");
    expect(clean.boilerplate).toContain("Chia sẻ");
  });

  it("keeps a chrome-classed wrapper holding the article and drops the share bar inside it", () => {
    const clean = cleanLoadedArticle(loadPage(genericPage), { fetchedAt: FETCHED_AT, html: genericPage });
    expect(clean.title).toBe("Gia Viễn tổng kết thi đua");
    expect(clean.body).toBe(Array(4).fill(sentence).join("\n\n"));
    expect(clean.authors).toEqual(["Minh Hải"]);
    expect(clean.publicationDate.value).toBe("2025-03-12T10:15:00+07:00");
    expect(clean.boilerplate).toEqual(
      expect.arrayContaining(["Thứ Tư, 12/03/2025", "Chia sẻ Facebook", "Bản quyền thuộc UBND huyện"]),
    );
  });
});
