// Fetching the page behind a moderator's `/add <url>`, safely.
//
// The link comes from a person, so the fetch is treated as hostile input: only http(s), never an
// address on the newsroom's own network (checked where the socket connects, see public-address.ts),
// redirects followed by hand so every hop is checked again, one time budget for the whole fetch, a
// size cap counted on the bytes actually received, and only HTML accepted. Nothing throws: every
// failure comes back as `{ ok: false, code, message }`, the message one line a moderator can act on.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { pipeline, Transform, Writable, type Readable } from "node:stream";
import { TextDecoder } from "node:util";
import zlib from "node:zlib";
import { guardedLookup, judgeAddress, systemResolve, type LookupOutcome } from "./public-address.js";

export interface FetchPageOptions {
  /** Whole request budget, connect to last byte (default 10_000 ms). */
  timeoutMs?: number;
  /** Largest body accepted (default 2 * 1024 * 1024 bytes). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Allow loopback/private/link-local addresses (default false; tests and a deliberate operator setting only). */
  allowPrivate?: boolean;
  /** DNS lookup, injectable for tests (default: node:dns lookup with all: true). */
  lookup?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
  /** Abort from outside (a shutdown). */
  signal?: AbortSignal;
}

export type FetchRefusalCode =
  | "bad-url"
  | "scheme"
  | "private-address"
  | "dns"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "redirect-loop"
  | "not-html"
  | "http-status"
  | "network";

export type FetchedPage =
  | { ok: true; /** the final URL after redirects */ url: string; html: string; contentType: string; status: number }
  | { ok: false; code: FetchRefusalCode; /** one line a moderator reads: what, where, why; no stack */ message: string; url: string };

export const USER_AGENT = "corpus-bot (+https://github.com/)";
const ACCEPT = "text/html,application/xhtml+xml";
// Compression: we accept gzip, deflate and br rather than asking for identity. Plenty of servers and
// CDNs compress whatever the client says, so "identity only" would turn real articles away; and
// decompressing is safe because the size cap counts the DECOMPRESSED bytes (a 10 KB zip bomb that
// inflates to 10 GB stops at maxBytes) as well as the bytes on the wire.
const ACCEPT_ENCODING = "gzip, deflate, br";
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Settings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  resolve: NonNullable<FetchPageOptions["lookup"]>;
}

const refuse = (code: FetchRefusalCode, message: string, url: string): FetchedPage => ({ ok: false, code, message: oneLine(message), url });

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

function formatBytes(n: number): string {
  const round = (x: number) => String(Math.round(x * 10) / 10);
  if (n >= 1024 * 1024) return `${round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${round(n / 1024)} KB`;
  return `${n} bytes`;
}

const formatSeconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Parse and vet a link (the moderator's, or a redirect's Location already made absolute). */
function vetUrl(raw: string, base?: URL): { url: URL } | { refusal: FetchedPage } {
  const shown = oneLine(raw).slice(0, 120);
  const where = base ? `${base.host} redirected to "${shown}", which` : `"${shown}"`;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw.trim());
  } catch {
    return { refusal: refuse("bad-url", `${where} is not a valid link`, raw) };
  }
  const lead = base ? `${base.host} redirected to ${url.protocol}//${url.host}, which` : url.host ? url.host : `"${shown}"`;
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { refusal: refuse("scheme", `${lead} uses ${url.protocol}; only http: and https: links can be fetched`, url.href) };
  }
  // Credentials in a link would be sent to whoever answers (and logged with the link); refuse them.
  if (url.username || url.password) {
    const who = base ? `${base.host} redirected to a link that` : `the link to ${url.host}`;
    return { refusal: refuse("bad-url", `refused: ${who} carries a user name or password`, `${url.protocol}//${url.host}${url.pathname}`) };
  }
  if (!url.hostname) return { refusal: refuse("bad-url", `${where} has no host`, url.href) };
  return { url };
}

/** A URL as a key for loop detection: the fragment never reaches the server, so it does not count. */
const visitKey = (url: URL) => url.href.replace(/#.*$/, "");

export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  try {
    return await fetchPageUnsafe(url, options);
  } catch (err) {
    // Should not happen; the promise of "never throws" holds even so.
    return refuse("network", `could not fetch the link: ${err instanceof Error ? err.message : String(err)}`, String(url));
  }
}

async function fetchPageUnsafe(rawUrl: string, options: FetchPageOptions): Promise<FetchedPage> {
  if (typeof rawUrl !== "string") return refuse("bad-url", "the link is not text", String(rawUrl));
  const settings: Settings = {
    timeoutMs: positiveOr(options.timeoutMs, 10_000),
    maxBytes: positiveOr(options.maxBytes, 2 * 1024 * 1024),
    maxRedirects: typeof options.maxRedirects === "number" && options.maxRedirects >= 0 ? Math.floor(options.maxRedirects) : 5,
    allowPrivate: options.allowPrivate === true,
    resolve: options.lookup ?? systemResolve,
  };
  const first = vetUrl(rawUrl);
  if ("refusal" in first) return first.refusal;
  let current = first.url;
  const origin = current.host;

  if (options.signal?.aborted) return refuse("network", `stopped before fetching ${origin}: the fetch was cancelled`, current.href);

  // One budget for the whole fetch, every hop included: the timer aborts whatever is in flight
  // (connecting, waiting for headers, or a body trickling in a byte at a time).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("timeout"), settings.timeoutMs);
  const onOuterAbort = () => controller.abort("cancelled");
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  try {
    const seen = new Set([visitKey(current)]);
    let redirects = 0;
    for (;;) {
      const hop = await fetchOnce(current, settings, controller.signal);
      if (hop.kind === "page") {
        const page = hop.page;
        if (page.ok || redirects === 0) return page;
        return { ...page, message: oneLine(`${page.message} (after a redirect from ${origin})`) };
      }
      const next = vetUrl(hop.location, current);
      if ("refusal" in next) return next.refusal;
      if (seen.has(visitKey(next.url))) {
        return refuse("redirect-loop", `${origin} redirects in a loop back to ${next.url.href}`, next.url.href);
      }
      redirects += 1;
      if (redirects > settings.maxRedirects) {
        return refuse("too-many-redirects", `${origin} redirected ${redirects} ${redirects === 1 ? "time" : "times"} (more than ${settings.maxRedirects})`, next.url.href);
      }
      seen.add(visitKey(next.url));
      current = next.url;
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}

type Hop = { kind: "page"; page: FetchedPage } | { kind: "redirect"; location: string };

class TooLargeError extends Error {}

/** A pass-through that fails once more than `limit` bytes have gone by. */
function byteLimit(limit: number, onChunk?: (chunk: Buffer) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) return done(new TooLargeError());
      onChunk?.(chunk);
      done(null, chunk);
    },
  });
}

function decodersFor(contentEncoding: string | undefined): Transform[] | string {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== "identity");
  if (codings.length > 2) return codings.join(", ");
  const decoders: Transform[] = [];
  // Codings are listed in the order they were applied; undo them last first.
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoders.push(zlib.createGunzip());
    else if (coding === "deflate") decoders.push(zlib.createInflate());
    else if (coding === "br") decoders.push(zlib.createBrotliDecompress());
    else return coding;
  }
  return decoders;
}

/** One request: a page (or refusal), or a redirect for the caller to vet and follow. */
function fetchOnce(url: URL, settings: Settings, signal: AbortSignal): Promise<Hop> {
  const host = url.host;
  const page = (p: FetchedPage): Hop => ({ kind: "page", page: p });
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;

  // An IP literal (http://10.0.0.5/, http://[::1]/, http://2130706433/ which the URL parser has
  // already turned into 127.0.0.1) never goes through `lookup`: node:net connects to it directly. So
  // it is judged here, and this is still the address connected to.
  if (!settings.allowPrivate && net.isIP(hostname)) {
    const verdict = judgeAddress(hostname);
    if (!verdict.public) return Promise.resolve(page(refuse("private-address", `refused: ${verdict.address} is ${verdict.kind}`, url.href)));
  }

  return new Promise<Hop>((resolveHop) => {
    let settled = false;
    let request: http.ClientRequest | undefined;
    let response: http.IncomingMessage | undefined;
    let lookupOutcome: LookupOutcome | undefined;

    const settle = (hop: Hop) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      // Whatever the outcome, the connection goes now: a refused body stops arriving at once.
      response?.destroy();
      request?.destroy();
      resolveHop(hop);
    };
    const onAbort = () =>
      settle(
        page(
          signal.reason === "timeout"
            ? refuse("timeout", `gave up on ${host} after ${formatSeconds(settings.timeoutMs)} without a full answer`, url.href)
            : refuse("network", `stopped fetching ${host}: the fetch was cancelled`, url.href),
        ),
      );
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    const client = url.protocol === "https:" ? https : http;
    try {
      request = client.request({
        protocol: url.protocol,
        hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: { "User-Agent": USER_AGENT, Accept: ACCEPT, "Accept-Encoding": ACCEPT_ENCODING },
        // A fresh agent, no pooled sockets: a kept-alive socket would skip `lookup`, and one opened by
        // an allowPrivate fetch must never serve a later fetch that is not allowed to go there.
        agent: false,
        lookup: guardedLookup(settings.resolve, settings.allowPrivate, (outcome) => {
          lookupOutcome = outcome;
        }),
      });
    } catch (err) {
      return settle(page(refuse("bad-url", `cannot request ${host}: ${err instanceof Error ? err.message : String(err)}`, url.href)));
    }

    request.on("error", (err: NodeJS.ErrnoException) => settle(page(requestFailure(url, err, lookupOutcome))));
    request.on("response", (res) => {
      response = res;
      if (settled) return void res.destroy();
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) return settle({ kind: "redirect", location });
      if (status < 200 || status > 299) {
        const text = res.statusMessage || http.STATUS_CODES[status] || "";
        const missing = status >= 300 && status < 400 ? " without saying where to go" : "";
        return settle(page(refuse("http-status", `${host} answered ${status} ${text}${missing}`.replace(/ +/g, " "), url.href)));
      }
      const tooLarge = () => page(refuse("too-large", `the page at ${host} is larger than ${formatBytes(settings.maxBytes)}`, url.href));
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > settings.maxBytes) return settle(tooLarge());

      const type = parseContentType(res.headers["content-type"]);
      if (type && !HTML_TYPES.has(type.essence)) {
        return settle(page(refuse("not-html", `the link to ${host} is ${describeType(type.essence)} (${type.essence}), not a web page`, url.href)));
      }
      const decoders = decodersFor(res.headers["content-encoding"]);
      if (typeof decoders === "string") {
        return settle(page(refuse("network", `${host} sent the page in an encoding the bot cannot read (${decoders})`, url.href)));
      }

      const chunks: Buffer[] = [];
      // Bytes on the wire and, after decompression, bytes of page: both are held to maxBytes.
      const stages: (Readable | Transform | Writable)[] = [res];
      if (decoders.length > 0) stages.push(byteLimit(settings.maxBytes), ...decoders);
      stages.push(byteLimit(settings.maxBytes, (chunk) => chunks.push(chunk)));
      stages.push(new Writable({ write: (_chunk, _encoding, done) => done() }));
      pipeline(stages, (err) => {
        if (settled) return;
        if (err instanceof TooLargeError) return settle(tooLarge());
        if (err) {
          const code = (err as NodeJS.ErrnoException).code ?? "";
          const why = code.startsWith("Z_") || code.startsWith("ERR__") || code.startsWith("ERR_BROTLI")
            ? `sent a ${String(res.headers["content-encoding"])} body that could not be decompressed`
            : "stopped sending before the page was complete";
          return settle(page(refuse("network", `${host} ${why}`, url.href)));
        }
        settle(page(finishPage(url, status, type, Buffer.concat(chunks))));
      });
    });
    request.end();
  });
}

function requestFailure(url: URL, err: NodeJS.ErrnoException, outcome: LookupOutcome | undefined): FetchedPage {
  const host = url.host;
  if (outcome?.kind === "refused") {
    const { hostname, verdict } = outcome;
    return refuse("private-address", `refused: ${hostname} resolves to ${verdict.address}, which is ${verdict.kind}`, url.href);
  }
  if (outcome?.kind === "unresolved") return refuse("dns", `cannot resolve ${outcome.hostname} (${outcome.reason})`, url.href);
  const code = err.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return refuse("dns", `cannot resolve ${url.hostname}`, url.href);
  const reasons: Record<string, string> = {
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was cut",
    ETIMEDOUT: "the connection timed out",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
    EPIPE: "the connection was cut",
  };
  if (reasons[code]) return refuse("network", `could not reach ${host}: ${reasons[code]}`, url.href);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) {
    return refuse("network", `${host} has a TLS certificate the bot cannot trust (${code})`, url.href);
  }
  if (code.startsWith("HPE_")) return refuse("network", `${host} sent an answer that is not valid HTTP (${code})`, url.href);
  return refuse("network", `could not reach ${host}: ${err.message}${code ? ` (${code})` : ""}`, url.href);
}

interface ContentType {
  essence: string;
  charset: string | undefined;
}

function parseContentType(header: string | undefined): ContentType | undefined {
  if (!header || !header.trim()) return undefined;
  const [essence = "", ...params] = header.split(";");
  let charset: string | undefined;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (match) charset = match[1];
  }
  return { essence: essence.trim().toLowerCase(), charset };
}

function describeType(essence: string): string {
  if (essence === "application/pdf") return "a PDF";
  if (essence.startsWith("image/")) return "an image";
  if (essence.startsWith("video/")) return "a video";
  if (essence.startsWith("audio/")) return "a sound file";
  if (essence === "application/json" || essence.endsWith("+json")) return "JSON data";
  if (essence === "application/rss+xml" || essence === "application/atom+xml") return "a news feed";
  if (essence === "text/xml" || essence === "application/xml" || essence.endsWith("+xml")) return "an XML document";
  if (essence === "text/plain") return "plain text";
  if (essence === "application/zip" || essence === "application/gzip") return "an archive";
  return "a file";
}

/** The WHATWG "sniff as HTML" openings, for a page sent without a Content-Type. */
const HTML_OPENINGS = ["<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--"];

function looksLikeHtml(body: Buffer): boolean {
  const start = body.subarray(0, 512).toString("latin1").replace(/^(\xef\xbb\xbf)?[\t\n\f\r ]*/, "").toLowerCase();
  return HTML_OPENINGS.some((opening) => start.startsWith(opening) && /^[ >]/.test(start.slice(opening.length)));
}

function finishPage(url: URL, status: number, type: ContentType | undefined, body: Buffer): FetchedPage {
  if (!type && !looksLikeHtml(body)) {
    return refuse("not-html", `${url.host} sent no content type and the answer does not look like a web page`, url.href);
  }
  return { ok: true, url: url.href, html: decodeHtml(body, type?.charset), contentType: type?.essence ?? "text/html", status };
}

/**
 * Bytes to text. Order (as browsers do it): a byte-order mark; the charset in the Content-Type header;
 * a <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 2 KB;
 * else UTF-8. Unknown labels fall back to UTF-8; bad bytes become U+FFFD rather than an error.
 */
export function decodeHtml(body: Buffer, headerCharset?: string): string {
  let label: string | undefined;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) label = "utf-8";
  else if (body[0] === 0xfe && body[1] === 0xff) label = "utf-16be";
  else if (body[0] === 0xff && body[1] === 0xfe) label = "utf-16le";
  label ??= headerCharset ?? metaCharset(body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? "utf-8", { fatal: false });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: false });
  }
  const text = decoder.decode(body);
  return decoder.encoding === "windows-1252" ? fixWindows1252(text) : text;
}

function metaCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 2048).toString("latin1");
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(head)?.[1]?.toLowerCase();
  // A page that can say "utf-16" in ASCII is not UTF-16; the HTML standard reads it as UTF-8.
  return label?.startsWith("utf-16") ? "utf-8" : label;
}

// Node 20.18.3+ decodes windows-1252 (also the label for latin1, iso-8859-1 and ascii) as ISO-8859-1,
// so bytes 0x80-0x9F come out as C1 control characters instead of curly quotes, dashes and the euro
// sign (nodejs/node#60888). Map them as the WHATWG table does; harmless where Node gets it right,
// since a correct decoder never produces these code points except the five that map to themselves.
const WINDOWS_1252_C1 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}
