// fetchPages over plain HTTP (CheerioCrawler + the undici client): what arrives as a page, what is refused and why.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeWindows1258 } from "../demo/render/encoding.ts";
import { fetchPages } from "./crawlers.ts";
import { HostPoliteness, NO_HOST_LIMITS } from "./politeness.ts";
import { RobotsRules } from "./robots.ts";
import { DEFAULT_FETCH_SETTINGS, type FetchedPage, type FetchRequest } from "./types.ts";

const TITLE = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025";
let server: Server;
let base: string;
let flaky = 0;
/** Request headers the server saw for /bai-viet.html. */
const articleRequests: Array<Record<string, string | string[] | undefined>> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") return res.writeHead(404).end();
    if (path === "/bai-viet.html") articleRequests.push(req.headers);
    if (path === "/bai-viet.html")
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<h1>${TITLE}</h1>`);
    if (path === "/cu-1258.html")
      // An old portal: windows-1258, gzip on the wire, the charset only in <meta>.
      return res
        .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
        .end(gzipSync(encodeWindows1258(`<meta charset="windows-1258"><h1>${TITLE}</h1>`)));
    if (path === "/khong-dau") return res.end(`<h1>${TITLE}</h1>`); // no content-type, no extension
    if (path === "/van-ban.pdf") return res.end("%PDF-1.4"); // no content-type: guessed from the extension
    if (path === "/anh") return res.writeHead(200, { "content-type": "image/png" }).end("png");
    if (path === "/qua-lon")
      return res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(5_000));
    if (path === "/mat") return res.writeHead(404, { "content-type": "text/html" }).end("không tìm thấy");
    if (path === "/chap-chon")
      return flaky++ === 0
        ? res.writeHead(503, { "content-type": "text/html", "retry-after": "0" }).end("bận")
        : res.writeHead(200, { "content-type": "text/html" }).end(`<h1>${TITLE}</h1>`);
    if (path === "/chuyen") return res.writeHead(301, { location: "/bai-viet.html" }).end();
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function fetchAll(paths: string[]) {
  const gate = new HostPoliteness(NO_HOST_LIMITS);
  const robots = new RobotsRules(gate, { timeoutMs: 2_000, userAgent: "vnfacts-test", enabled: true });
  const pages = new Map<string, FetchedPage>();
  const failures = new Map<string, { reason: string; permanent: boolean }>();
  const requests: FetchRequest[] = paths.map((p) => ({
    url: `${base}${p}`,
    sourceId: "test",
    kind: "article",
    browser: false,
  }));
  await fetchPages(
    requests,
    { ...DEFAULT_FETCH_SETTINGS, maxResponseBytes: 4_096, retryBaseMs: 10, requestTimeoutMs: 5_000 },
    { gate, robots },
    {
      onPage: async (page) => void pages.set(new URL(page.request.url).pathname, page),
      onFailure: async (request, reason, permanent) =>
        void failures.set(new URL(request.url).pathname, { reason, permanent }),
    },
    { followUps: false },
  );
  return { pages, failures };
}

describe("fetchPages (plain HTTP)", () => {
  it("delivers pages decoded to NFC text, whatever their charset and transfer encoding", async () => {
    const { pages, failures } = await fetchAll(["/bai-viet.html", "/cu-1258.html", "/khong-dau", "/chuyen"]);
    expect(failures.size).toBe(0);
    for (const path of ["/bai-viet.html", "/cu-1258.html", "/khong-dau", "/chuyen"])
      expect(pages.get(path)?.decoded.text).toContain(TITLE);
    expect(pages.get("/cu-1258.html")?.headers["content-encoding"]).toBe("gzip");
    expect(pages.get("/chuyen")?.finalUrl).toBe(`${base}/bai-viet.html`);
    // Our user agent, compression accepted, and no cookie (we keep no session: Crawlee's cookie merge is skipped).
    expect(articleRequests.length).toBeGreaterThan(0);
    for (const headers of articleRequests) {
      expect(headers["user-agent"]).toBe(DEFAULT_FETCH_SETTINGS.userAgent);
      expect(headers["accept-encoding"]).toMatch(/gzip/);
      expect(headers.cookie).toBeUndefined();
    }
  });

  it("refuses what is not a page, too large or missing, for good and with the reason", async () => {
    const { pages, failures } = await fetchAll(["/van-ban.pdf", "/anh", "/qua-lon", "/mat"]);
    expect(pages.size).toBe(0);
    expect(failures.get("/van-ban.pdf")).toEqual({
      reason: expect.stringContaining("served Content-Type application/pdf"),
      permanent: true,
    });
    expect(failures.get("/anh")?.reason).toContain("image/png");
    expect(failures.get("/qua-lon")).toEqual({ reason: "response larger than 4096 bytes", permanent: true });
    expect(failures.get("/mat")).toEqual({ reason: "HTTP 404", permanent: true });
  });

  it("retries a 503 and then delivers the page", async () => {
    flaky = 0;
    const { pages, failures } = await fetchAll(["/chap-chon"]);
    expect(failures.size).toBe(0);
    expect(flaky).toBe(2);
    expect(pages.get("/chap-chon")?.decoded.text).toContain(TITLE);
  });
});
