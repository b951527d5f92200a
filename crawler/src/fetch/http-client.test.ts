import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UndiciHttpClient } from "./http-client.ts";

const PAGE = "<p>Lễ tổng kết phong trào thi đua năm 2025</p>";
let server: Server;
let base: string;
let seen: IncomingHttpHeaders[] = [];
const client = new UndiciHttpClient();

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? "/";
    const body = Buffer.from(PAGE, "utf8");
    if (path === "/plain") return res.writeHead(200, { "content-type": "text/html" }).end(body);
    if (path === "/gzip") return res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(body));
    if (path === "/br") return res.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(body));
    if (path === "/deflate")
      return res.writeHead(200, { "content-encoding": "deflate" }).end(deflateSync(body));
    if (path === "/chain")
      return res.writeHead(200, { "content-encoding": "deflate, gzip" }).end(gzipSync(deflateSync(body)));
    if (path === "/odd") return res.writeHead(200, { "content-encoding": "zstd-ish" }).end(body);
    if (path === "/moved") return res.writeHead(301, { location: "/hop" }).end("moved");
    if (path === "/hop") return res.writeHead(302, { location: `${base}/plain` }).end();
    if (path === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (path === "/post" && req.method === "POST") return res.writeHead(303, { location: "/method" }).end();
    if (path === "/method") return res.writeHead(200).end(req.method);
    if (path === "/json") return res.writeHead(200).end('{"soLuong":1789}');
    if (path === "/slow-large") {
      // Head first, then 256 KB in pieces: the reader attaches late and must still get every byte.
      res.writeHead(200, { "content-type": "text/html" });
      let sent = 0;
      const more = () => {
        if (sent >= 256) return void res.end();
        sent++;
        res.write("x".repeat(1024));
        setImmediate(more);
      };
      more();
      return;
    }
    if (path === "/silent") return; // never answers
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await client.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("UndiciHttpClient (Crawlee's HTTP client interface over undici)", () => {
  it("streams a page with its status, headers and final URL, sending our headers", async () => {
    seen = [];
    const response = await client.stream({
      url: `${base}/plain`,
      headers: { "User-Agent": "vnfacts-test/1" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html");
    expect(response.url).toBe(`${base}/plain`);
    expect(await text(response.stream)).toBe(PAGE);
    expect(seen[0]?.["user-agent"]).toBe("vnfacts-test/1");
    expect(seen[0]?.["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it.each(["gzip", "br", "deflate", "chain"])("decompresses a %s body", async (path) => {
    const response = await client.stream({ url: `${base}/${path}` });
    expect(await text(response.stream)).toBe(PAGE);
  });

  it("refuses a content-encoding it cannot undo, naming it", async () => {
    await expect(client.stream({ url: `${base}/odd` })).rejects.toThrow(
      'unsupported content-encoding "zstd-ish"',
    );
  });

  it("loses nothing of a body read some time after the head arrived", async () => {
    const response = await client.stream({ url: `${base}/slow-large` });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await text(response.stream)).length).toBe(256 * 1024);
  });

  it("follows redirects, reporting each to Crawlee's hook, and ends on the final URL", async () => {
    const hops: number[] = [];
    const response = await client.stream({ url: `${base}/moved` }, (redirect) =>
      hops.push(redirect.statusCode),
    );
    expect(hops).toEqual([301, 302]);
    expect(response.url).toBe(`${base}/plain`);
    expect(response.redirectUrls.map(String)).toEqual([`${base}/hop`, `${base}/plain`]);
    expect(await text(response.stream)).toBe(PAGE);
  });

  it("gives up on a redirect loop with a clear error", async () => {
    await expect(client.stream({ url: `${base}/loop`, maxRedirects: 3 })).rejects.toThrow(
      "too many redirects (3)",
    );
  });

  it("does not follow when told not to", async () => {
    const response = await client.stream({ url: `${base}/moved`, followRedirect: false });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe("/hop");
    await text(response.stream);
  });

  it("turns a POST answered by 303 into a GET", async () => {
    const response = await client.stream({ url: `${base}/post`, method: "POST", body: "x=1" });
    expect(await text(response.stream)).toBe("GET");
  });

  it("sendRequest reads the whole body as text, JSON or bytes", async () => {
    expect((await client.sendRequest({ url: `${base}/gzip` })).body).toBe(PAGE);
    expect((await client.sendRequest({ url: `${base}/json`, responseType: "json" })).body).toEqual({
      soLuong: 1789,
    });
    const bytes = await client.sendRequest({ url: `${base}/plain`, responseType: "buffer" });
    expect(Buffer.isBuffer(bytes.body)).toBe(true);
    expect(bytes.body.toString("utf8")).toBe(PAGE);
  });

  it("times out a server that never answers", async () => {
    await expect(client.stream({ url: `${base}/silent`, timeout: { request: 300 } })).rejects.toThrow(
      /timeout/i,
    );
  });

  it("refuses a proxy rather than silently going direct", async () => {
    await expect(client.stream({ url: `${base}/plain`, proxyUrl: "http://127.0.0.1:9" })).rejects.toThrow(
      "proxies are not supported",
    );
  });

  it("accepts a self-signed certificate only when Crawlee says to ignore TLS errors", async () => {
    // Portals with a broken chain are common; Crawlee's ignoreSslErrors (default on) decides, per request.
    const dir = mkdtempSync(join(tmpdir(), "vnfacts-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const tls = createTlsServer(
      { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) },
      (_req, res) => res.end(PAGE),
    );
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
    try {
      await expect(client.stream({ url })).rejects.toThrow(/self[- ]signed/i);
      const lenient = await client.stream({ url, https: { rejectUnauthorized: false } });
      expect(await text(lenient.stream)).toBe(PAGE);
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
