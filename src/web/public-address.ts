// Which network addresses the bot may fetch from, and the DNS lookup that enforces it at connect time.
//
// The rule is ipaddr.js's own classification: an address may be fetched only if its range() is
// "unicast", i.e. an ordinary public address. Everything else — loopback, private (RFC 1918), link-local
// (including the cloud metadata address 169.254.169.254), unique-local IPv6, unspecified (0.0.0.0 and
// "::", which Linux connects to the local host), carrier-grade NAT, multicast, broadcast, reserved,
// and the IPv6 ranges that tunnel or translate to IPv4 (6to4, Teredo, NAT64) — is refused, so a
// moderator's link cannot make the bot probe the newsroom's own network.
import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";

/** One resolved address, as `FetchPageOptions.lookup` returns them. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export type AddressVerdict =
  | { public: true; address: string }
  | { public: false; /** The address as checked: IPv4-mapped IPv6 shown as IPv4. */ address: string; /** e.g. "a loopback address" */ kind: string };

// Plain words for ipaddr.js's range names, for the moderator's message.
const RANGE_WORDS: Record<string, string> = {
  unspecified: "an unspecified address (it means this machine)",
  loopback: "a loopback address",
  private: "a private address",
  linkLocal: "a link-local address",
  uniqueLocal: "a private address",
  carrierGradeNat: "a carrier-grade NAT address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  reserved: "a reserved address",
};

/**
 * Whether `address` (an IP literal) is an ordinary public address. IPv4-mapped IPv6 addresses
 * (::ffff:127.0.0.1) are turned into the IPv4 address they stand for first: the kernel connects to
 * that IPv4 address, so that is the one to judge. Anything that does not parse is not public.
 */
export function judgeAddress(address: string): AddressVerdict {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() = parse() + the IPv4-mapped -> IPv4 conversion.
    parsed = ipaddr.process(address);
  } catch {
    return { public: false, address, kind: "not an address the bot recognises" };
  }
  const shown = parsed.toString();
  const range = parsed.range();
  if (range === "unicast") return { public: true, address: shown };
  return { public: false, address: shown, kind: RANGE_WORDS[range] ?? `a special-purpose address (${range})` };
}

/** The default resolver: the operating system's, like any other program on the machine (dns.lookup, all addresses). */
export const systemResolve: ResolveHost = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** What the connect-time lookup saw, for the fetcher to turn into a moderator's message. */
export type LookupOutcome =
  | { kind: "refused"; hostname: string; verdict: Extract<AddressVerdict, { public: false }> }
  | { kind: "unresolved"; hostname: string; reason: string };

/** An error the guarded lookup hands to node:net; `outcome` says why. */
export class LookupRefusedError extends Error {
  readonly code: string;
  constructor(
    message: string,
    code: string,
    readonly outcome: LookupOutcome,
  ) {
    super(message);
    this.name = "LookupRefusedError";
    this.code = code;
  }
}

function describeDnsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOTFOUND" || code === "ENODATA") return "no such name";
  if (code === "EAI_AGAIN" || code === "ETIMEOUT") return "the name server did not answer in time";
  if (typeof code === "string") return code;
  return err instanceof Error ? err.message : String(err);
}

/**
 * A `lookup` for node:http / node:https `request` (and so node:net) that resolves the name and refuses
 * it unless every address is public.
 *
 * Why here and not by checking the URL's host beforehand: the addresses this function returns are the
 * ones node:net connects to, so the address checked IS the address connected to. A check made before
 * the request would do its own DNS lookup, and a hostile name server can answer that one with a public
 * address and the connection's one, a moment later, with 127.0.0.1 (DNS rebinding). Node calls this
 * for every connection, so each redirect hop is checked too.
 *
 * Every address must pass, not just one: with happy-eyeballs (autoSelectFamily, on by default in
 * Node 20) node:net may try any of them, so one private address among public ones is refused.
 *
 * `onOutcome` is told about a refusal or a failed resolution before node:net gets the error, so the
 * fetcher can say exactly what happened whatever node:net does with the error on the way.
 */
export function guardedLookup(resolve: ResolveHost, allowPrivate: boolean, onOutcome: (outcome: LookupOutcome) => void): net.LookupFunction {
  return (hostname, options, callback) => {
    const fail = (outcome: LookupOutcome, code: string, message: string) => {
      onOutcome(outcome);
      callback(new LookupRefusedError(message, code, outcome), "", 0);
    };
    // Promise.resolve().then: an injected resolver that throws synchronously is a failed lookup, not a crash.
    Promise.resolve()
      .then(() => resolve(hostname))
      .then(
        (found) => {
          // Node asks for one family when the socket is pinned to it (family: 4 or 6); honour that.
          const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
          const usable: ResolvedAddress[] = [];
          for (const entry of Array.isArray(found) ? found : []) {
            const family = net.isIP(entry?.address ?? "");
            if (family === 0) continue; // not an IP literal: ignore rather than hand node:net something odd
            if (wanted === 0 || family === wanted) usable.push({ address: entry.address, family: family === 6 ? 6 : 4 });
          }
          if (usable.length === 0) {
            fail({ kind: "unresolved", hostname, reason: "no addresses" }, "ENOTFOUND", `no addresses for ${hostname}`);
            return;
          }
          if (!allowPrivate) {
            for (const entry of usable) {
              const verdict = judgeAddress(entry.address);
              if (!verdict.public) {
                fail({ kind: "refused", hostname, verdict }, "EADDRNOTPUBLIC", `${hostname} resolves to ${verdict.address}, ${verdict.kind}`);
                return;
              }
            }
          }
          if (options.all) callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
          else callback(null, usable[0]!.address, usable[0]!.family);
        },
        (err: unknown) => {
          const reason = describeDnsError(err);
          fail({ kind: "unresolved", hostname, reason }, "ENOTFOUND", `cannot resolve ${hostname}: ${reason}`);
        },
      )
      // A callback that throws must not become an unhandled rejection.
      .catch(() => undefined);
  };
}
