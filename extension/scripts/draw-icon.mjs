// Draws the 512×512 toolbar icon: a rounded amber square with three text lines, the middle one highlighted.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const N = 512;
const px = Buffer.alloc(N * (N * 4 + 1));
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (b) => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function set(x, y, [r, g, b, a]) {
  const i = y * (N * 4 + 1) + 1 + x * 4;
  px[i] = r;
  px[i + 1] = g;
  px[i + 2] = b;
  px[i + 3] = a;
}
const inRounded = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < N; y++)
  for (let x = 0; x < N; x++) {
    let c = [0, 0, 0, 0];
    if (inRounded(x, y, 16, 16, 495, 495, 96)) c = [255, 255, 255, 255];
    if (inRounded(x, y, 16, 16, 495, 495, 96) && !inRounded(x, y, 44, 44, 467, 467, 72))
      c = [26, 35, 126, 255];
    if (inRounded(x, y, 96, 226, 416, 290, 12)) c = [244, 180, 0, 255];
    for (const top of [120, 250, 380])
      if (inRounded(x, y, 116, top, top === 250 ? 396 : 360, top + 24, 12)) c = [26, 35, 126, 255];
    set(x, y, c);
  }
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6;
writeFileSync(
  process.argv[2],
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(px)),
    chunk("IEND", Buffer.alloc(0)),
  ]),
);
