import { describe, expect, it } from "vitest";
import { isBoilerplateLine } from "./boilerplate.ts";

describe("isBoilerplateLine", () => {
  it.each([
    "5,525 lượt xem",
    "Đang truy cập: 111",
    "Tổng lượng truy cập: 45.940.313",
    "Home Icon VỀ TRANG CHỦ",
    "TIN LIÊN QUAN",
    "Tin mới hơn",
    "Tin cũ hơn",
    "Mặc định Cỡ chữ",
    "Phiên bản đang chạy thử nghiệm",
    "🔍",
    "Chuyên mục: Thời sự",
    "Chia sẻ | In bài",
    "Thứ 7, 28/01/2023, 20:42[GMT+7]",
    "Thứ 4, Ngày 20/01/2021 -",
    "A- A A+",
  ])("drops %s", (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    "Các đại biểu dự hội nghị.",
    "Dương Liễu",
    "Thứ 5, 05/01/2023 | 16:31:04",
    "Năm 2025, phường hoàn thành 18/18 chỉ tiêu; tổng lượt truy cập tăng.",
  ])("keeps %s", (line) => expect(isBoilerplateLine(line)).toBe(false));
});
