import { parseOrThrow, recordIdFor, Source } from "@vnfacts/shared";
import { describe, expect, it } from "vitest";
import { buildArticle } from "./article.ts";

const source = parseOrThrow(Source, {
  id: "ubnd-xa-tan-lap",
  name: "UBND xã Tân Lập",
  province: "Phú Thọ",
  level: "commune",
  baseUrl: "https://tanlap.phutho.gov.vn/",
  discovery: { listings: [{ url: "https://tanlap.phutho.gov.vn/tin-tuc" }] },
});

const page = (
  title: string,
  paragraphs: string[],
) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>${title}</title></head><body><header><a href="/">VỀ TRANG CHỦ</a></header>
<article><h1>${title}</h1><div class="date">Thứ Hai, 14/07/2025 09:30</div>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;

const url = "https://tanlap.phutho.gov.vn/tin-tuc/hoi-nghi-tong-ket-thi-dua-123.html?utm_source=zalo";
const fetchedAt = "2025-07-15T02:00:00.000Z";

describe("buildArticle", () => {
  it("keeps an emulation article as a validated record with topic evidence", () => {
    const outcome = buildArticle(source, {
      url,
      fetchedAt,
      html: page("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024", [
        "Sáng 14/7, UBND xã Tân Lập tổ chức hội nghị tổng kết phong trào thi đua yêu nước và công tác khen thưởng năm 2024.",
        "Dịp này, 12 tập thể và 25 cá nhân được tặng Giấy khen vì có thành tích xuất sắc trong phong trào thi đua.",
        "Hội nghị biểu dương các điển hình tiên tiến, người tốt việc tốt trên địa bàn xã.",
      ]),
    });
    expect(outcome.kind).toBe("kept");
    if (outcome.kind !== "kept") return;
    expect(outcome.record.id).toBe(recordIdFor(url));
    expect(outcome.record.url).toBe(
      "https://tanlap.phutho.gov.vn/tin-tuc/hoi-nghi-tong-ket-thi-dua-123.html",
    );
    expect(outcome.record.province).toBe("Phú Thọ");
    expect(outcome.record.topics[0]!.topic).toBe("emulation");
    expect(outcome.record.topics[0]!.evidence.length).toBeGreaterThan(0);
    expect(outcome.record.body).toContain("Giấy khen");
    expect(outcome.record.body).not.toContain("VỀ TRANG CHỦ");
  });

  it("drops an off-topic article with the reason", () => {
    const outcome = buildArticle(source, {
      url,
      fetchedAt,
      html: page("Dự báo thời tiết cuối tuần", [
        "Cuối tuần này, khu vực phía Bắc có mưa rào và dông rải rác, nhiệt độ cao nhất từ 32 đến 34 độ.",
        "Người dân cần chú ý phòng tránh sét và gió giật mạnh khi có dông.",
      ]),
    });
    expect(outcome).toEqual({ kind: "dropped", reason: "off topic" });
  });

  it("fails a page with no article text, naming the stage", () => {
    const outcome = buildArticle(source, { url, fetchedAt, html: "<html><body></body></html>" });
    expect(outcome.kind).toBe("failed");
    if (outcome.kind === "failed") expect(outcome.reason).toMatch(/^clean: /);
  });
});
