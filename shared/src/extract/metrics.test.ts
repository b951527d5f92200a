import { describe, expect, it } from "vitest";
import { extractMetrics, parseQuantity } from "./metrics.ts";
import { prepare } from "./scan.ts";

const metrics = (text: string) =>
  extractMetrics(prepare(text)).map((m) => [m.value, m.unit, m.unitClass, m.kind, m.qualifier, m.of]);

describe("extractMetrics", () => {
  it("reads the seed figures", () => {
    expect(
      metrics(
        "Qua đó, phường hoàn thành và vượt 17/17 chỉ tiêu kinh tế - xã hội; thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng; giải quyết việc làm cho 680 lao động; tỷ lệ hộ nghèo giảm còn 1,54%.",
      ),
    ).toEqual([
      [17, "chỉ tiêu", "count", "achieved", null, 17],
      [16_900_000_000, "VND", "money", "achieved", "trên", null],
      [680, "lao động", "count", "achieved", null, null],
      [1.54, "%", "percent", "achieved", null, null],
    ]);
  });
  it("areas, population with dot thousands, 'ước đạt'", () => {
    expect(
      metrics("diện tích tự nhiên 115,689 km2; quy mô dân số 20.379 người; ước đạt 921 tỷ đồng; 36.5 ha lúa"),
    ).toEqual([
      [115.689, "km2", "area", "achieved", null, null],
      [20379, "người", "count", "achieved", null, null],
      [921_000_000_000, "VND", "money", "achieved", "ước đạt", null],
      [36.5, "ha", "area", "achieved", null, null],
    ]);
  });
  it("targets scope over their sentence", () => {
    expect(
      metrics(
        "Trong đó, phấn đấu đến năm 2030 thu NSNN trên địa bàn đạt 50 tỷ đồng; tổng vốn đầu tư tăng bình quân 10% năm; có 400 doanh nghiệp hoạt động.",
      ),
    ).toEqual([
      [50_000_000_000, "VND", "money", "target", null, null],
      [10, "%", "percent", "target", null, null],
      [400, "doanh nghiệp", "count", "target", null, null],
    ]);
  });
  it("a label from the clause", () => {
    const [m] = extractMetrics(prepare("Năm 2022, tổng giá trị sản xuất đạt gần 13.300 tỷ đồng."));
    expect(m).toMatchObject({ label: "tổng giá trị sản xuất", value: 13_300_000_000_000, qualifier: "gần" });
  });
  it("bare numbers, years, document numbers and 'đồng chí' are not metrics", () => {
    expect(
      metrics(
        "năm 2025, giai đoạn 2021-2025, Chỉ thị số 41, gồm 10 phường: Hoa Lư; 2 khâu đột phá; Ban Thường vụ 11 đồng chí",
      ),
    ).toEqual([]);
  });
  it("communes count only when they reach a standard", () => {
    expect(metrics("đến nay có 6 xã được thẩm định và công nhận")).toEqual([
      [6, "xã", "count", "achieved", null, null],
    ]);
  });
  it("views keep English-style thousands", () => {
    expect(metrics("đón 5,525 lượt khách")).toEqual([[5525, "lượt", "count", "achieved", null, null]]);
  });
});

describe("count nouns beyond the seeds", () => {
  it("athletes, vehicles, citizens, residents, party cells; a fraction with dot thousands", () => {
    expect(
      metrics(
        "Có hơn 600 vận động viên của 14 đoàn; tạm giữ 35 mô tô; gọi 1.350 công dân nhập ngũ; 580 nhân khẩu; 1.128 tổ chức cơ sở đảng; 3.650/3.900 hộ đạt danh hiệu.",
      ).map(([value, unit, , , , of]) => [value, unit, of]),
    ).toEqual([
      [600, "vận động viên", null],
      [14, "đoàn", null],
      [35, "mô tô", null],
      [1350, "công dân", null],
      [580, "nhân khẩu", null],
      [1128, "tổ chức cơ sở đảng", null],
      [3650, "hộ", 3900],
    ]);
  });
});

describe("achieved after a target cue", () => {
  it("'đến nay đã hoàn thành' after 'đề ra' is achieved; a share of the plan is achieved", () => {
    expect(metrics("Nghị quyết đề ra 15 chỉ tiêu, đến nay đã hoàn thành 14/15 chỉ tiêu.")).toEqual([
      [15, "chỉ tiêu", "count", "target", null, null],
      [14, "chỉ tiêu", "count", "achieved", null, 15],
    ]);
    expect(metrics("Thu ngân sách đạt 105% kế hoạch.")).toEqual([
      [105, "%", "percent", "achieved", null, null],
    ]);
  });
});

describe("compound amounts", () => {
  it("'120 tỷ 500 triệu đồng' adds up", () => {
    expect(metrics("Tổng thu ngân sách đạt 120 tỷ 500 triệu đồng.")).toEqual([
      [120_500_000_000, "VND", "money", "achieved", null, null],
    ]);
  });
});

describe("parseQuantity", () => {
  it("normalizes one figure as written", () => {
    expect(parseQuantity("trên 16,9 tỷ đồng")).toEqual({
      value: 16_900_000_000,
      unit: "VND",
      unitClass: "money",
      qualifier: "trên",
      of: null,
    });
    expect(parseQuantity("17/17 chỉ tiêu")).toMatchObject({ value: 17, of: 17, unitClass: "count" });
    expect(parseQuantity("115,689 km2")).toMatchObject({ value: 115.689, unit: "km2", unitClass: "area" });
    expect(parseQuantity("năm 2025")).toBeNull();
  });
});
