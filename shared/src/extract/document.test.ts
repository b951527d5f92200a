import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../../test/support/shared-dir.ts";
import { CleanArticle } from "../schema/record.ts";
import { parseTextDocument } from "./document.ts";

// The seed dumps are read in place (never copied); their gold lists title, date, authors and clutter.
const seed = (name: string) => readFileSync(join(SEEDS_DIR, `${name}.txt`), "utf8");
const fetchedAt = new Date("2026-01-27T05:00:00Z");

describe("parseTextDocument on the seeds", () => {
  it("000: date line with section, title, repeated byline", () => {
    const doc = parseTextDocument(seed("000_cafc750f5b66a2a3"), { fetchedAt });
    expect(CleanArticle.parse(doc)).toBeTruthy();
    expect(doc.title).toBe("Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026");
    expect(doc.section).toBe("Xây dựng Đảng");
    expect(doc.publicationDate.value).toBe("2026-01-27");
    expect(doc.authors).toEqual(["Dương Liễu"]);
    expect(doc.body.startsWith("Chiều 27/1, Đảng ủy")).toBe(true);
    expect(doc.body).not.toContain("Dương Liễu");
  });
  it("001: clutter around, a relative date, joined authors", () => {
    const doc = parseTextDocument(seed("001_d481c4831115f2b3"), { fetchedAt });
    expect(doc.section).toBe("Thời sự");
    expect(doc.publicationDate).toMatchObject({
      origin: "relative",
      precision: "approximate",
      raw: "1 giờ trước",
    });
    expect(doc.authors).toEqual(["Xuân Thu", "Trường Giang"]);
    expect(doc.boilerplate).toEqual([
      "🔍",
      "Chuyên mục: Thời sự",
      "1 giờ trước",
      "TIN LIÊN QUAN",
      "Home Icon VỀ TRANG CHỦ",
    ]);
    expect(doc.body).not.toContain("VỀ TRANG CHỦ");
  });
  it("002: the portal clock is not the publication date", () => {
    const doc = parseTextDocument(seed("002_6fddf448753fa784"), { fetchedAt });
    expect(doc.publicationDate.value).toBe("2023-01-05T16:31:04+07:00");
    expect(doc.boilerplate).toEqual(["Thứ 7, 28/01/2023, 20:42[GMT+7]", "5,525 lượt xem"]);
    expect(doc.title).toBe("Kiến Xương phát động phong trào thi đua yêu nước năm 2023");
  });
  it("003: counters and related links after the byline are clutter", () => {
    const doc = parseTextDocument(seed("003_e0d689f9959444f4"), { fetchedAt });
    expect(doc.publicationDate.value).toBe("2020-02-23T09:32:00+07:00");
    expect(doc.authors).toEqual(["Ngọc Phượng"]);
    expect(doc.boilerplate).toContain("Thành phố Kon Tum : Dấu ấn 5 năm xây dựng và phát triển");
    expect(doc.boilerplate).toContain("Phiên bản đang chạy thử nghiệm");
    expect(doc.body.endsWith("giai đoạn 2015 - 2020./.")).toBe(true);
  });
  it("004: title on the date line", () => {
    const doc = parseTextDocument(seed("004_cf5145809ceb1a09"), { fetchedAt });
    expect(doc.title).toBe("Tập trung xây dựng Đảng bộ phường Kỳ Sơn trong sạch, vững mạnh");
    expect(doc.authors).toEqual(["Mạnh Hùng"]);
    expect(doc.body.split("\n\n")[0]).toMatch(/^Trong 2 ngày 22-23\/7/);
  });
});

describe("other dump shapes", () => {
  it("a category label before the title, the date under the body, tags and comments as clutter", () => {
    const doc = parseTextDocument(
      [
        "Thời sự",
        "Xã Tân Lạc tổng kết công tác thi đua, khen thưởng năm 2025",
        "",
        "Chiều 14/1, UBND xã Tân Lạc tổ chức hội nghị tổng kết.",
        "",
        "Chủ tịch UBND xã tặng Giấy khen cho 21 tập thể.",
        "Ngày đăng: 15/01/2026 08:00",
        "Bùi Thị Lan",
        "Từ khóa: thi đua, khen thưởng",
        "Bình luận (0)",
      ].join("\n"),
      { fetchedAt },
    );
    expect(doc.section).toBe("Thời sự");
    expect(doc.title).toBe("Xã Tân Lạc tổng kết công tác thi đua, khen thưởng năm 2025");
    expect(doc.publicationDate.value).toBe("2026-01-15T08:00:00+07:00");
    expect(doc.authors).toEqual(["Bùi Thị Lan"]);
    expect(doc.body).toBe(
      "Chiều 14/1, UBND xã Tân Lạc tổ chức hội nghị tổng kết.\n\nChủ tịch UBND xã tặng Giấy khen cho 21 tập thể.",
    );
    expect(doc.boilerplate).toEqual(
      expect.arrayContaining([
        "Từ khóa: thi đua, khen thưởng",
        "Bình luận (0)",
        "Ngày đăng: 15/01/2026 08:00",
      ]),
    );
  });

  it("a site banner, the portal clock and navigation before the title are not the title or its date", () => {
    const doc = parseTextDocument(
      [
        "BÁO HÀ TĨNH",
        "Thứ sáu, 16/01/2026 - 06:05",
        "Trang chủ Chính trị Xây dựng Đảng",
        "Hà Tĩnh tổng kết công tác thi đua, khen thưởng năm 2025",
        "15/01/2026 - 11:20",
        "A A A",
        "Sáng 15-1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.",
        "Thu Hà",
      ].join("\n"),
      { fetchedAt },
    );
    expect(doc.title).toBe("Hà Tĩnh tổng kết công tác thi đua, khen thưởng năm 2025");
    expect(doc.publicationDate.value?.slice(0, 10)).toBe("2026-01-15");
    expect(doc.body.startsWith("Sáng 15-1, UBND tỉnh Hà Tĩnh")).toBe(true);
    expect(doc.boilerplate).toEqual(expect.arrayContaining(["BÁO HÀ TĨNH", "Thứ sáu, 16/01/2026 - 06:05"]));
  });
  it("without a date line the title is the last headline-length line that is not a capitalized banner", () => {
    const doc = parseTextDocument(
      [
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA KAR",
        "Văn hóa - Thể thao",
        "Khai mạc Đại hội Thể dục thể thao xã Ea Kar lần thứ III",
        "Tối 19/7, UBND xã Ea Kar tổ chức khai mạc Đại hội Thể dục thể thao xã lần thứ III.",
      ].join("\n"),
      { fetchedAt },
    );
    expect(doc.title).toBe("Khai mạc Đại hội Thể dục thể thao xã Ea Kar lần thứ III");
    expect(doc.section).toBe("Văn hóa - Thể thao");
    expect(doc.body.startsWith("Tối 19/7")).toBe(true);
  });
});
