import { describe, expect, it } from "vitest";
import { classifyEvents } from "./event.ts";

const types = (title: string, body: string) => classifyEvents(title, body).map((e) => e.type);

describe("classifyEvents", () => {
  it("a review conference that launches the next year's drive", () => {
    expect(
      types(
        "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026",
        "Chiều 27/1, Đảng ủy, HĐND, UBND phường Kỳ Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và phát động phong trào thi đua, yêu nước năm 2026.\n\nNăm 2025, …",
      ),
    ).toEqual(["review_conference", "emulation_launch"]);
  });
  it("a congress, not its preparatory session", () => {
    expect(
      types("Đại hội đại biểu Đảng bộ xã Kim Sơn lần thứ I, nhiệm kỳ 2025-2030", "Ngày 11 và 12/8, …"),
    ).toEqual(["congress"]);
    expect(types("Phiên trù bị Đại hội đại biểu Đảng bộ xã Tân Lạc lần thứ I", "Chiều 6/8, …")).toEqual([
      "congress_preparatory_session",
    ]);
  });
  it("a commendation ceremony and a resolution study session", () => {
    expect(types("Phường Hòa Bình tôn vinh 40 gương người tốt, việc tốt", "Tối 25/9, …")).toEqual([
      "commendation_ceremony",
    ]);
    expect(
      types("Phường Vĩnh Yên học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Sáng 15/1, …"),
    ).toEqual(["resolution_study"]);
  });
  it("nothing for unrelated news", () => {
    expect(types("Bưởi Đoan Hùng vào vụ thu hoạch", "Giá bán ổn định.")).toEqual([]);
  });
});
