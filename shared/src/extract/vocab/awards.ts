/**
 * Award forms under the Law on Emulation and Commendation 2022 (Luật Thi đua, khen thưởng số
 * 06/2022/QH15): orders, medals, honorary titles, emulation titles, certificates of merit, plus the Party
 * badge and the generic "khen thưởng / biểu dương / tuyên dương". Patterns are written lower case and
 * matched against the search fold (tone placement unified), most specific first.
 */
export type AwardFormEntry = {
  /** Canonical form; null → the matched text, first letter capitalized ("Huân chương Lao động hạng Ba"). */
  form: string | null;
  pattern: string;
  /** Generic verbs of commendation: they need recipients right after them. */
  generic?: boolean;
};

const ORDERS =
  "sao vàng|hồ chí minh|độc lập|quân công|lao động|bảo vệ tổ quốc|chiến công|đại đoàn kết dân tộc|dũng cảm|hữu nghị|chiến sĩ vẻ vang|kháng chiến|chiến thắng";
const RANK = "(?: hạng (?:nhất|nhì|ba|i{1,3}))?";

export const AWARD_FORMS: readonly AwardFormEntry[] = [
  { form: null, pattern: `huân chương (?:${ORDERS})${RANK}` },
  {
    form: null,
    pattern: `huy chương (?:quân kỳ quyết thắng|vì an ninh tổ quốc|chiến sĩ vẻ vang|hữu nghị|thanh niên xung phong vẻ vang|kháng chiến)${RANK}`,
  },
  {
    form: null,
    pattern:
      "anh hùng lực lượng vũ trang nhân dân|anh hùng lao động|bà mẹ việt nam anh hùng|(?:nhà giáo|thầy thuốc|nghệ sĩ|nghệ nhân) (?:nhân dân|ưu tú)",
  },
  { form: null, pattern: "giải thưởng (?:hồ chí minh|nhà nước)" },
  { form: "Kỷ niệm chương", pattern: "kỷ niệm chương" },
  { form: "Chiến sĩ thi đua toàn quốc", pattern: "chiến sĩ thi đua toàn quốc" },
  { form: "Chiến sĩ thi đua cấp tỉnh", pattern: "chiến sĩ thi đua cấp (?:tỉnh|thành phố)" },
  {
    form: "Chiến sĩ thi đua cấp bộ, ngành",
    pattern: "chiến sĩ thi đua cấp (?:bộ, ban, ngành|bộ, ngành|bộ|ngành)",
  },
  { form: "Chiến sĩ thi đua cơ sở", pattern: "chiến sĩ thi đua (?:cấp )?cơ sở" },
  { form: "Chiến sĩ thi đua", pattern: "chiến sĩ thi đua" },
  { form: "Cờ thi đua", pattern: "cờ thi đua" },
  { form: "Bằng khen", pattern: "bằng khen" },
  { form: "Giấy khen", pattern: "giấy khen" },
  { form: "Tập thể lao động xuất sắc", pattern: "tập thể lao động xuất sắc" },
  { form: "Tập thể lao động tiên tiến", pattern: "tập thể lao động tiên tiến" },
  { form: "Lao động tiên tiến", pattern: "lao động tiên tiến" },
  { form: "Chiến sĩ tiên tiến", pattern: "chiến sĩ tiên tiến" },
  { form: "Đơn vị quyết thắng", pattern: "đơn vị quyết thắng" },
  { form: "Đơn vị tiên tiến", pattern: "đơn vị tiên tiến" },
  { form: "Gia đình văn hóa", pattern: "gia đình văn hóa" },
  {
    form: "Thôn, tổ dân phố văn hóa",
    pattern: "(?:thôn|tổ dân phố|khu dân cư|bản|ấp)(?:, (?:thôn|tổ dân phố|bản|ấp))? văn hóa",
  },
  { form: "Xã, phường, thị trấn tiêu biểu", pattern: "xã, phường, thị trấn tiêu biểu" },
  { form: "Huy hiệu Đảng", pattern: "huy hiệu(?: \\d+ năm tuổi)? đảng" },
  { form: "Khen thưởng", pattern: "khen thưởng", generic: true },
  { form: "Biểu dương", pattern: "biểu dương", generic: true },
  { form: "Tuyên dương", pattern: "tuyên dương", generic: true },
];

/** Who receives: the noun after a count ("16 tập thể", "5 hộ gia đình"). */
export const RECIPIENT_KINDS: readonly string[] = [
  "hộ nông dân",
  "hộ dân",
  "chi hội",
  "chi đoàn",
  "câu lạc bộ",
  "tổ",
  "nhóm",
  "nhà giáo",
  "thầy cô",
  "thầy, cô giáo",
  "cô giáo",
  "thầy giáo",
  "y, bác sĩ",
  "bác sĩ",
  "nông dân",
  "công nhân",
  "người lao động",
  "thanh niên",
  "phụ nữ",
  "cựu chiến binh",
  "học viên",
  "vận động viên",
  "nghệ nhân",
  "doanh nhân",
  "hộ gia đình",
  "gia đình",
  "tập thể",
  "cá nhân",
  "đơn vị",
  "tổ chức cơ sở đảng",
  "tổ chức",
  "doanh nghiệp",
  "học sinh",
  "sinh viên",
  "đảng viên",
  "đồng chí",
  "cán bộ",
  "hội viên",
  "đoàn viên",
  "chiến sĩ",
  "cơ quan",
  "chi bộ",
  "đảng bộ",
  "hộ",
  "khu dân cư",
  "công dân",
  "gương",
  "giáo viên",
  "công chức",
  "viên chức",
  "hợp tác xã",
  "trường",
  "tác giả",
  "thôn",
  "tổ dân phố",
  "địa phương",
];

/** Units that receive as a whole, counted ("2 xã Giao Thủy và Nghĩa Hưng") or named ("cho xã Hải Hậu"). */
export const UNIT_RECIPIENTS: readonly string[] = ["xã", "phường", "thị trấn", "huyện", "thôn", "trường"];

/** Issuers, lower case (search fold); a unit's name may follow in the text. */
export const ISSUER_PATTERN = [
  "thủ tướng chính phủ",
  "chủ tịch nước",
  "chính phủ",
  "quốc hội",
  "bộ chính trị",
  "ban bí thư(?: trung ương đảng)?",
  "ban chấp hành trung ương(?: đảng)?",
  "(?:(?:phó )?chủ tịch )?(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)(?: (?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu))?",
  "bộ trưởng bộ (?:[^\\s,;.]+ ?){1,5}?(?=\\s(?:tặng|trao|cho|về|vì|năm|đã)|[,;.]|$)",
  "(?:ban thường vụ |ban chấp hành )?(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy(?: (?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu))?)",
  "ủy ban (?:mttq|mặt trận tổ quốc)(?: việt nam)?(?: (?:tỉnh|thành phố|huyện|xã|phường))?",
  "trung ương đoàn|tỉnh đoàn|thành đoàn|huyện đoàn",
  "liên đoàn lao động(?: (?:tỉnh|thành phố|huyện|việt nam))?",
  "(?:giám đốc )?(?:công an|bộ chỉ huy quân sự) (?:tỉnh|thành phố|huyện)",
  "hội đồng thi đua(?:,|\\s*-)? khen thưởng (?:tỉnh|thành phố|huyện|xã|phường)",
].join("|");
