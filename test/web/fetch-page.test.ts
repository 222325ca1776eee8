// fetchPage against a real node:http server on 127.0.0.1: pages and charsets, redirects, time and size
// limits, content types, statuses, links refused before any request, and private addresses refused
// at connect time (the server must see no connection at all).
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchPage, type FetchPageOptions } from "../../src/web/fetch-page.js";

interface Seen {
  path: string;
  headers: http.IncomingHttpHeaders;
}

let server: http.Server;
let base: string;
let port: number;
const requests: Seen[] = [];
let connections = 0;
/** Paths whose connection the server saw close, resolved when it does. */
const socketClosed = new Map<string, Promise<void>>();
const pending: http.ServerResponse[] = [];

const html = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

/** Writes `chunk` until the client goes away. */
function pour(res: http.ServerResponse, chunk: Buffer) {
  res.on("error", () => undefined);
  const go = () => {
    while (!res.destroyed && !res.writableEnded) {
      if (!res.write(chunk)) {
        res.once("drain", go);
        return;
      }
    }
  };
  go();
}

const windows1252Page = Buffer.concat([
  Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body>'),
  Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x96]), // “Hi” café €5 –
  Buffer.from("</body></html>"),
]);
const httpEquivPage = Buffer.concat([
  Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'),
  Buffer.from([0x92, 0x6e, 0xe9]), // ’né
  Buffer.from("</body></html>"),
]);
const bombPage = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)); // 20 MB of spaces in ~20 KB

function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", base);
  const path = url.pathname;
  requests.push({ path, headers: req.headers });
  socketClosed.set(path, new Promise((resolve) => req.socket.once("close", () => resolve())));
  const send = (status: number, headers: http.OutgoingHttpHeaders, body: string | Buffer = "") => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const redirect = (status: number, location: string) => send(status, { Location: location });

  let match: RegExpExecArray | null;
  if (path === "/utf8") return send(200, { "Content-Type": "text/html; charset=UTF-8" }, html("Café — naïve ☕"));
  if (path === "/latin1-header") return send(200, { "Content-Type": 'text/html; charset="iso-8859-1"' }, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  if (path === "/meta-1252") return send(200, { "Content-Type": "text/html" }, windows1252Page);
  if (path === "/http-equiv-1252") return send(200, { "Content-Type": "text/html" }, httpEquivPage);
  if (path === "/unknown-charset") return send(200, { "Content-Type": "text/html; charset=klingon" }, html("Café"));
  if (path === "/xhtml") return send(200, { "Content-Type": "application/xhtml+xml" }, html("xhtml"));
  if (path === "/no-type") {
    res.writeHead(200); // no Content-Type at all
    return res.end("\n  <!doctype html><p>sniffed</p>");
  }
  if (path === "/no-type-binary") {
    res.writeHead(200);
    return res.end(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
  }
  if (path === "/gzip") return send(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }, zlib.gzipSync(html("squeezed")));
  if (path === "/br") return send(200, { "Content-Type": "text/html", "Content-Encoding": "br" }, zlib.brotliCompressSync(html("brotli")));
  if (path === "/bad-gzip") return send(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }, "this is not gzip at all");
  if (path === "/zstd") return send(200, { "Content-Type": "text/html", "Content-Encoding": "zstd" }, "????");
  if (path === "/bomb") return send(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }, bombPage);
  if ((match = /^\/exact\/(\d+)$/.exec(path))) return send(200, { "Content-Type": "text/html" }, "<p>" + "x".repeat(Number(match[1]) - 3));
  if (path === "/pdf") return send(200, { "Content-Type": "application/pdf" }, "%PDF-1.7");
  if (path === "/404") return send(404, { "Content-Type": "text/html" }, html("nope"));
  if (path === "/500") return send(500, { "Content-Type": "text/html" }, html("broken"));
  if (path === "/302-nowhere") return send(302, {});
  // Redirects: relative, absolute and status codes mixed.
  if (path === "/r/a") return redirect(302, "b?x=1");
  if (path === "/r/b") return redirect(301, `${base}/r/c#top`);
  if (path === "/r/c") return redirect(307, "/r/final");
  if (path === "/r/final") return send(200, { "Content-Type": "text/html" }, html("arrived"));
  if (path === "/loop/a") return redirect(302, "/loop/b");
  if (path === "/loop/b") return redirect(302, "/loop/a");
  if ((match = /^\/chain\/(\d+)$/.exec(path))) {
    const n = Number(match[1]);
    return n >= 7 ? send(200, { "Content-Type": "text/html" }, html(`end ${n}`)) : redirect(302, `/chain/${n + 1}`);
  }
  if (path === "/to-ftp") return redirect(302, "ftp://files.example.test/a.html");
  if (path === "/to-file") return redirect(302, "file:///etc/passwd");
  if (path === "/to-credentials") return redirect(302, `http://user:pw@127.0.0.1:${port}/utf8`);
  // Slow servers: headers never sent, or sent and then a byte at a time.
  if (path === "/silent") {
    pending.push(res);
    return;
  }
  if (path === "/trickle") {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.write("<html><body>");
    const drip = setInterval(() => res.write("."), 50);
    res.on("close", () => clearInterval(drip));
    return;
  }
  // Too large: announced by Content-Length, or streamed chunked without one, forever.
  if (path === "/huge-declared") {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(50 * 1024 * 1024) });
    return pour(res, Buffer.alloc(64 * 1024, 0x61));
  }
  if (path === "/huge-chunked") {
    res.writeHead(200, { "Content-Type": "text/html" });
    return pour(res, Buffer.alloc(64 * 1024, 0x61));
  }
  send(404, { "Content-Type": "text/plain" }, "no such test page");
}

beforeAll(async () => {
  server = http.createServer(handle);
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests.length = 0;
});

const local: FetchPageOptions = { allowPrivate: true };

describe("fetchPage: pages", () => {
  it("fetches a page, decoding with the charset from the Content-Type header, with its own User-Agent and Accept", async () => {
    const page = await fetchPage(`${base}/utf8`, local);
    expect(page).toMatchObject({ ok: true, url: `${base}/utf8`, status: 200, contentType: "text/html" });
    expect(page.ok && page.html).toContain("Café — naïve ☕");
    expect(requests[0]?.headers["user-agent"]).toMatch(/^corpus-bot \(\+https:\/\//);
    expect(requests[0]?.headers.accept).toBe("text/html,application/xhtml+xml");
  });

  it("uses a non-UTF-8 charset named in the header", async () => {
    const page = await fetchPage(`${base}/latin1-header`, local);
    expect(page.ok && page.html).toBe("café");
  });

  it("decodes windows-1252 bytes named by <meta charset> (curly quotes, euro sign, dash)", async () => {
    const page = await fetchPage(`${base}/meta-1252`, local);
    expect(page.ok && page.html).toContain("\u201cHi\u201d café €5 \u2013");
  });

  it("finds the charset in <meta http-equiv=Content-Type>", async () => {
    const page = await fetchPage(`${base}/http-equiv-1252`, local);
    expect(page.ok && page.html).toContain("\u2019né");
  });

  it("falls back to UTF-8 for an unknown charset label", async () => {
    const page = await fetchPage(`${base}/unknown-charset`, local);
    expect(page.ok && page.html).toContain("Café");
  });

  it("accepts application/xhtml+xml, and a page with no Content-Type that starts like HTML", async () => {
    expect(await fetchPage(`${base}/xhtml`, local)).toMatchObject({ ok: true, contentType: "application/xhtml+xml" });
    const sniffed = await fetchPage(`${base}/no-type`, local);
    expect(sniffed).toMatchObject({ ok: true, contentType: "text/html" });
    expect(sniffed.ok && sniffed.html).toContain("sniffed");
  });

  it("decompresses gzip and br", async () => {
    const gz = await fetchPage(`${base}/gzip`, local);
    expect(gz.ok && gz.html).toContain("squeezed");
    const br = await fetchPage(`${base}/br`, local);
    expect(br.ok && br.html).toContain("brotli");
    expect(requests[0]?.headers["accept-encoding"]).toContain("gzip");
  });

  it("reports a body that does not decompress, and an encoding it cannot read", async () => {
    expect(await fetchPage(`${base}/bad-gzip`, local)).toMatchObject({ ok: false, code: "network", message: expect.stringContaining("could not be decompressed") });
    expect(await fetchPage(`${base}/zstd`, local)).toMatchObject({ ok: false, code: "network", message: expect.stringContaining("(zstd)") });
  });
});

describe("fetchPage: redirects", () => {
  it("follows a chain of relative and absolute redirects and reports the final URL", async () => {
    const page = await fetchPage(`${base}/r/a`, local);
    expect(page).toMatchObject({ ok: true, url: `${base}/r/final`, status: 200 });
    expect(page.ok && page.html).toContain("arrived");
    expect(requests.map((r) => r.path)).toEqual(["/r/a", "/r/b", "/r/c", "/r/final"]);
  });

  it("refuses a redirect loop", async () => {
    const page = await fetchPage(`${base}/loop/a`, local);
    expect(page).toMatchObject({ ok: false, code: "redirect-loop" });
    expect(!page.ok && page.message).toBe(`127.0.0.1:${port} redirects in a loop back to ${base}/loop/a`);
    expect(requests.map((r) => r.path)).toEqual(["/loop/a", "/loop/b"]);
  });

  it("refuses more redirects than allowed, and follows them when allowed", async () => {
    const page = await fetchPage(`${base}/chain/0`, local);
    expect(page).toMatchObject({ ok: false, code: "too-many-redirects", message: `127.0.0.1:${port} redirected 6 times (more than 5)` });
    expect(requests).toHaveLength(6);
    expect(await fetchPage(`${base}/chain/0`, { ...local, maxRedirects: 7 })).toMatchObject({ ok: true, url: `${base}/chain/7` });
    expect(await fetchPage(`${base}/chain/6`, { ...local, maxRedirects: 0 })).toMatchObject({ ok: false, code: "too-many-redirects" });
  });

  it("checks every hop's link again: no ftp:, file: or credentials by way of a redirect", async () => {
    expect(await fetchPage(`${base}/to-ftp`, local)).toMatchObject({ ok: false, code: "scheme", message: expect.stringContaining("ftp:") });
    expect(await fetchPage(`${base}/to-file`, local)).toMatchObject({ ok: false, code: "scheme", message: expect.stringContaining("file:") });
    expect(await fetchPage(`${base}/to-credentials`, local)).toMatchObject({ ok: false, code: "bad-url" });
    expect(requests.map((r) => r.path)).toEqual(["/to-ftp", "/to-file", "/to-credentials"]);
  });
});

describe("fetchPage: time and size limits", () => {
  it("gives up on a server that never sends headers", async () => {
    const page = await fetchPage(`${base}/silent`, { ...local, timeoutMs: 300 });
    expect(page).toMatchObject({ ok: false, code: "timeout", message: `gave up on 127.0.0.1:${port} after 0.3 s without a full answer` });
  });

  it("gives up on a server that sends headers and then trickles the body, and hangs up on it", async () => {
    const page = await fetchPage(`${base}/trickle`, { ...local, timeoutMs: 300 });
    expect(page).toMatchObject({ ok: false, code: "timeout" });
    await socketClosed.get("/trickle");
  });

  it("refuses a page whose Content-Length is over the limit, and closes the connection", async () => {
    const page = await fetchPage(`${base}/huge-declared`, { ...local, maxBytes: 10_000 });
    expect(page).toMatchObject({ ok: false, code: "too-large", message: `the page at 127.0.0.1:${port} is larger than 9.8 KB` });
    await socketClosed.get("/huge-declared");
  });

  it("stops reading a page with no Content-Length once it passes the limit, and closes the connection", async () => {
    const page = await fetchPage(`${base}/huge-chunked`, { ...local, maxBytes: 10_000 });
    expect(page).toMatchObject({ ok: false, code: "too-large" });
    await socketClosed.get("/huge-chunked");
  });

  it("counts decompressed bytes, so a small gzip that inflates to 20 MB is refused", async () => {
    expect(bombPage.length).toBeLessThan(1024 * 1024);
    expect(await fetchPage(`${base}/bomb`, { ...local, maxBytes: 1024 * 1024 })).toMatchObject({
      ok: false,
      code: "too-large",
      message: `the page at 127.0.0.1:${port} is larger than 1 MB`,
    });
  });

  it("accepts a page of exactly maxBytes and refuses one byte more", async () => {
    expect(await fetchPage(`${base}/exact/1000`, { ...local, maxBytes: 1000 })).toMatchObject({ ok: true });
    expect(await fetchPage(`${base}/exact/1000`, { ...local, maxBytes: 999 })).toMatchObject({ ok: false, code: "too-large" });
  });

  it("stops when the caller's signal aborts (a shutdown), before or during the fetch", async () => {
    const before = connections;
    const aborted = await fetchPage(`${base}/utf8`, { ...local, signal: AbortSignal.abort() });
    expect(aborted).toMatchObject({ ok: false, code: "network", message: expect.stringContaining("cancelled") });
    expect(connections).toBe(before);

    const controller = new AbortController();
    const during = fetchPage(`${base}/silent`, { ...local, signal: controller.signal });
    while (!requests.some((r) => r.path === "/silent")) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await during).toMatchObject({ ok: false, code: "network", message: `stopped fetching 127.0.0.1:${port}: the fetch was cancelled` });
  });
});

describe("fetchPage: content types and statuses", () => {
  it("refuses a PDF, naming the type", async () => {
    expect(await fetchPage(`${base}/pdf`, local)).toMatchObject({
      ok: false,
      code: "not-html",
      message: `the link to 127.0.0.1:${port} is a PDF (application/pdf), not a web page`,
    });
  });

  it("refuses a body with no Content-Type that does not look like HTML", async () => {
    expect(await fetchPage(`${base}/no-type-binary`, local)).toMatchObject({ ok: false, code: "not-html" });
  });

  it("reports 404, 500 and a redirect status without Location", async () => {
    expect(await fetchPage(`${base}/404`, local)).toMatchObject({ ok: false, code: "http-status", message: `127.0.0.1:${port} answered 404 Not Found` });
    expect(await fetchPage(`${base}/500`, local)).toMatchObject({ ok: false, code: "http-status", message: `127.0.0.1:${port} answered 500 Internal Server Error` });
    expect(await fetchPage(`${base}/302-nowhere`, local)).toMatchObject({ ok: false, code: "http-status", message: expect.stringContaining("302 Found") });
  });

  it("reports a connection refused as a network failure", async () => {
    const idle = http.createServer();
    await new Promise<void>((resolve) => idle.listen(0, "127.0.0.1", resolve));
    const idlePort = (idle.address() as AddressInfo).port;
    await new Promise<void>((resolve) => idle.close(() => resolve()));
    expect(await fetchPage(`http://127.0.0.1:${idlePort}/`, local)).toMatchObject({ ok: false, code: "network", message: expect.stringContaining("refused") });
  });
});

describe("fetchPage: links refused before any request", () => {
  const noLookup = async (): Promise<{ address: string; family: 4 | 6 }[]> => {
    throw new Error("lookup must not be called");
  };

  it.each([
    ["ftp://files.example.test/a.html", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["data:text/html,<p>hi</p>", "scheme"],
    ["not a link", "bad-url"],
    ["", "bad-url"],
    ["http://", "bad-url"],
    ["https://exa mple.test/", "bad-url"],
  ])("%s → %s", async (link, code) => {
    const before = connections;
    const page = await fetchPage(link, { allowPrivate: true, lookup: noLookup });
    expect(page).toMatchObject({ ok: false, code });
    expect(!page.ok && page.message).not.toMatch(/\n|at .*\(/);
    expect(connections).toBe(before);
  });

  it("refuses a link with a user name and password, even to an allowed address", async () => {
    const before = connections;
    const page = await fetchPage(`http://editor:secret@127.0.0.1:${port}/utf8`, local);
    expect(page).toMatchObject({ ok: false, code: "bad-url" });
    expect(JSON.stringify(page)).not.toContain("secret");
    expect(connections).toBe(before);
  });
});

describe("fetchPage: private addresses (allowPrivate false)", () => {
  it.each([
    ["127.0.0.1", () => `http://127.0.0.1:${port}/utf8`, "127.0.0.1 is a loopback address"],
    ["[::1]", () => `http://[::1]:${port}/utf8`, "::1 is a loopback address"],
    ["decimal 2130706433", () => `http://2130706433:${port}/utf8`, "127.0.0.1 is a loopback address"],
    ["10.1.2.3", () => "http://10.1.2.3/", "10.1.2.3 is a private address"],
    ["192.168.0.1", () => "https://192.168.0.1/admin", "192.168.0.1 is a private address"],
    ["169.254.169.254 (cloud metadata)", () => "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["0.0.0.0", () => `http://0.0.0.0:${port}/utf8`, "0.0.0.0 is an unspecified address"],
    ["::ffff:127.0.0.1", () => `http://[::ffff:127.0.0.1]:${port}/utf8`, "127.0.0.1 is a loopback address"],
  ])("refuses %s without connecting", async (_name, link, reason) => {
    const before = connections;
    const page = await fetchPage(link(), {});
    expect(page).toMatchObject({ ok: false, code: "private-address", message: expect.stringContaining(`refused: ${reason}`) });
    expect(connections).toBe(before);
    expect(requests).toHaveLength(0);
  });

  it("refuses localhost, resolved by the system's resolver", async () => {
    const before = connections;
    const page = await fetchPage(`http://localhost:${port}/utf8`);
    expect(page).toMatchObject({ ok: false, code: "private-address", message: expect.stringContaining("refused: localhost resolves to") });
    expect(connections).toBe(before);
  });

  it("refuses a public-looking name that resolves to 127.0.0.1 (the address connected to is the one checked)", async () => {
    const looked: string[] = [];
    const lookup = async (hostname: string) => {
      looked.push(hostname);
      return [{ address: "127.0.0.1", family: 4 as const }];
    };
    const before = connections;
    const page = await fetchPage(`http://public.test:${port}/utf8`, { lookup });
    expect(page).toMatchObject({
      ok: false,
      code: "private-address",
      message: "refused: public.test resolves to 127.0.0.1, which is a loopback address",
      url: `http://public.test:${port}/utf8`,
    });
    expect(looked).toEqual(["public.test"]);
    expect(connections).toBe(before);
    expect(requests).toHaveLength(0);
    // The same lookup, allowed: it really is the address the socket connects to.
    expect(await fetchPage(`http://public.test:${port}/utf8`, { lookup, allowPrivate: true })).toMatchObject({ ok: true, url: `http://public.test:${port}/utf8` });
  });

  it("refuses a name with one private address among public ones, and an IPv4-mapped answer", async () => {
    const before = connections;
    const mixed = async () => [
      { address: "93.184.215.14", family: 4 as const },
      { address: "10.0.0.5", family: 4 as const },
    ];
    expect(await fetchPage("http://mixed.test/", { lookup: mixed })).toMatchObject({ ok: false, code: "private-address", message: expect.stringContaining("10.0.0.5, which is a private address") });
    const mapped = async () => [{ address: "::ffff:127.0.0.1", family: 6 as const }];
    expect(await fetchPage(`http://mapped.test:${port}/`, { lookup: mapped })).toMatchObject({ ok: false, code: "private-address", message: expect.stringContaining("127.0.0.1, which is a loopback address") });
    expect(connections).toBe(before);
  });

  it("reports a name that does not resolve", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND example.invalid"), { code: "ENOTFOUND" });
    };
    expect(await fetchPage("https://example.invalid/story", { lookup })).toMatchObject({
      ok: false,
      code: "dns",
      message: "cannot resolve example.invalid (no such name)",
      url: "https://example.invalid/story",
    });
    expect(await fetchPage("https://empty.test/", { lookup: async () => [] })).toMatchObject({ ok: false, code: "dns" });
  });
});
