/**
 * Portal clutter that survives text extraction: counters, navigation, font-size widgets, share bars,
 * section labels and the portal clock. One line at a time; the cleaner decides what to drop.
 */
import { isPortalClock } from "./dates.ts";
import { collapseSpaces } from "./normalize.ts";

const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // view and visitor counters: "5,525 lượt xem", "Lượt xem: 120", "Đang truy cập: 111"
  /^(?:\d[\d.,]*\s*)?lượt\s+(?:xem|đọc|truy cập|thích|chia sẻ)\b/iu,
  /^\d[\d.,]*\s+lượt\s+(?:xem|đọc|truy cập)/iu,
  /^(?:đang|tổng(?:\s+(?:số|lượng))?|hôm nay|trong (?:ngày|tuần|tháng)|số)\s*(?:lượt\s+)?(?:truy cập|online|trực tuyến|người xem)\s*:?\s*[\d.,]*$/iu,
  /^(?:lượt xem|views?)\s*:?\s*[\d.,]+$/iu,
  // navigation and widgets
  /^(?:home icon\s+)?về trang chủ$/iu,
  /^(?:tin|bài|tin tức)\s+(?:liên quan|khác|cùng chuyên mục|đã đưa|mới(?:\s+nhất)?|mới hơn|cũ hơn|trước|tiếp|xem nhiều|nổi bật)\s*:?$/iu,
  /^(?:mặc định\s+)?cỡ chữ\b/iu,
  /^mặc định\s+cỡ chữ$/iu,
  /^phiên bản (?:đang chạy )?thử nghiệm/iu,
  /^chuyên mục\s*:/iu,
  /^(?:chia sẻ|share|in bài(?: viết)?|print|gửi email|gửi bài|lưu bài|bình luận|quay lại|trở về|xem thêm|đọc tiếp|tải về|zalo|facebook|twitter|tweet|email)(?:\s*[|/:•·-]\s*(?:chia sẻ|share|in bài(?: viết)?|print|gửi email|bình luận|zalo|facebook|twitter|tweet|email|in))*\s*:?$/iu,
  /^(?:A\s*[-+]?\s*){2,4}$/u,
  /^(?:trang chủ|tìm kiếm|search|đăng nhập|đăng ký|sơ đồ (?:trang|site)|liên hệ|giới thiệu)(?:\s*[|>»/›]\s*\S.*)?$/iu,
  /^(?:bản quyền|copyright|©)/iu,
  /^(?:từ khóa|từ khoá|tags?|thẻ)\s*:/iu,
  /^(?:ý kiến bạn đọc|gửi ý kiến|gửi bình luận|bình luận(?:\s*\(\d+\))?|\d+\s+bình luận|viết bình luận|các tin khác|tin khác|bài viết liên quan|bài liên quan|xem tiếp|in trang|lên đầu trang|đầu trang|về đầu trang|thích|tweet)\s*:?$/iu,
  /^(?:ngày đăng|cập nhật)\s*:?\s*$/iu,
];

/** Lines made only of symbols and pictographs ("🔍", "|", "»"). */
const SYMBOLS_ONLY = /^[\p{S}\p{P}\p{Extended_Pictographic}\s]+$/u;

export function isBoilerplateLine(line: string): boolean {
  const s = collapseSpaces(line.normalize("NFC")).trim();
  if (!s) return false;
  if (SYMBOLS_ONLY.test(s)) return true;
  if (isPortalClock(s)) return true;
  return BOILERPLATE_PATTERNS.some((re) => re.test(s));
}
