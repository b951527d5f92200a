/**
 * Author bylines at the foot (or head) of an article: "Xuân Thu-Trường Giang", "Thu Thủy",
 * "Bài và ảnh: Minh Anh", "Nhóm PV", "Theo TTXVN".
 */
import { isBoilerplateLine } from "../text/boilerplate.ts";
import { isCapitalized } from "../text/normalize.ts";

const PREFIX =
  /^(?:(?:bài|tin|ảnh|video|clip)(?:\s*(?:và|,|&|\+)\s*(?:bài|tin|ảnh|video|clip))*|tác giả|nguồn|người viết|thực hiện|nhóm phóng viên)\s*:\s*/iu;
const THEO = /^theo\s+/iu;
// Agencies and desks that sign as one word or an all-caps group.
const AGENCY =
  /^(?:TTXVN|VNA|PV|CTV|BTV|TTV|VOV|VTV|TTXVN\/VNA|Nhóm PV|Nhóm phóng viên|PV\s*\/\s*CTV|Phóng viên)$/u;
const NOT_A_NAME_START =
  /^(?:Phường|Xã|Tỉnh|Huyện|Quận|UBND|HĐND|Ban|Đảng|Sở|Cụm|Tin|Bài|Ảnh|Video|Trang|Chuyên|Mặc|Đang|Tổng|Lượt|Thứ|Ngày|Các|Những|Ông|Bà|Ủy|Uỷ|Bộ|Cục|Viện|Tòa|Tổ|Mặt)$/u;

// "Đào Thị Hằng - Trung tâm VH-TT&TT huyện": the writer's affiliation after a spaced dash is not an author.
const AFFILIATION =
  /\s+[-–—]\s+(?:Trung tâm|Đài|Báo|Phòng|Văn phòng|Cổng|Ban|UBND|Đảng ủy|Đảng uỷ|Hội|Sở|Tạp chí|Trang)(?![\p{L}\p{M}]).*$/u;
// "Nguồn: Đảng ủy xã Đăk Tô": a source credit; it ends the article but names an organisation, not a writer.
const SOURCE = /^nguồn\s*:/iu;

function stripPrefixes(byline: string): string {
  let s = byline.normalize("NFC").replace(/\s+/g, " ").trim();
  s = s.replace(PREFIX, "").replace(THEO, "").replace(AFFILIATION, "");
  // "(TTXVN)" after a name, trailing dots of "./.".
  s = s
    .replace(/[\s.]*\.\/\.$/u, "")
    .replace(/[.;,]+$/u, "")
    .trim();
  return s;
}

/** "Xuân Thu-Trường Giang" → ["Xuân Thu", "Trường Giang"]; "Theo TTXVN" → ["TTXVN"]; "Nhóm PV" kept whole. */
export function splitAuthors(byline: string): string[] {
  const s = stripPrefixes(byline);
  if (!s) return [];
  if (AGENCY.test(s)) return [s];
  if (SOURCE.test(byline.trim()) && NOT_A_NAME_START.test(s.split(" ")[0]!)) return [];
  const parts: string[] = [];
  for (const piece of s.split(/\s*[-–—,;&/+]\s*|\s+và\s+/u)) {
    const paren = /^(.*?)\s*\(([^)]*)\)\s*$/u.exec(piece);
    if (paren) {
      if (paren[1]) parts.push(paren[1].trim());
      if (paren[2] && AGENCY.test(paren[2].trim())) parts.push(paren[2].trim());
    } else if (piece.trim()) parts.push(piece.trim());
  }
  return parts.filter((p) => p.length > 0);
}

function looksLikeName(part: string): boolean {
  if (AGENCY.test(part)) return true;
  const words = part.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  if (NOT_A_NAME_START.test(words[0]!)) return false;
  // All-caps lines of several words are headings ("TIN LIÊN QUAN"), not names.
  if (words.every((w) => w === w.toUpperCase())) return false;
  return words.every((w) => /^[\p{L}]+$/u.test(w) && isCapitalized(w));
}

/** A short line that is only author names (or an agency), as portals print under the body. */
export function isBylineLine(line: string): boolean {
  const s = line.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!s || s.length > 80 || /\d/.test(s) || isBoilerplateLine(s)) return false;
  if (SOURCE.test(s) && s.length <= 60) return true;
  const hadPrefix = PREFIX.test(s) || THEO.test(s);
  const authors = splitAuthors(s);
  if (authors.length === 0 || authors.length > 4) return false;
  if (hadPrefix && authors.every((a) => a.split(" ").length <= 5)) return true;
  return authors.every(looksLikeName);
}
