// Articles shaped to cost the most per byte: the shapes that once held the bot's thread for seconds
// while it took them in. The benchmark reloads with the largest of them; the reload property test
// (test/property/reload-off-thread.property.test.ts) draws from all of them at every size.

const WORDS = ["the", "minister", "said", "on", "Tuesday", "that", "encryption", "was", "“not", "acceptable”", "Amber", "Rudd", "in", "March", "2017.", "‘fine’", "\"no\"", "—", "he", "told"];

/** Words picked by a small generator from `seed`, with a number now and then so that no line repeats. */
function words(seed: number, chars: number): string[] {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = WORDS[seed % WORDS.length]! + (i % 5 === 0 ? String(i) : "");
    out.push(word);
    length += word.length + 1;
  }
  return out;
}

function denseQuotations(seed: number, chars: number): string {
  let text = "";
  for (let i = 0; text.length < chars; i++) {
    text += `“We will not accept this ${seed + i},” said Jane Smith${i % 7}, the minister. He added: “It is wrong.” On Monday ${(i % 28) + 1} March 2017 she met “them”. `;
    if (i % 40 === 39) text += "\n\n";
  }
  return text;
}

export const HOSTILE_SHAPES = {
  "one word per line": (seed: number, chars: number) => words(seed, chars).join("\n"),
  "one word per paragraph": (seed: number, chars: number) => words(seed, chars / 2).join("\n\n"),
  "no sentence end": (seed: number, chars: number) => words(seed, chars).join(" ").replace(/\./g, ""),
  "one long quotation": (seed: number, chars: number) => `“${words(seed, chars - 40).join(" ").replace(/[.“”]/g, "")}” said Jane Smith.`,
  "dense quotations": denseQuotations,
} satisfies Record<string, (seed: number, chars: number) => string>;

export type HostileShape = keyof typeof HOSTILE_SHAPES;

/** The shapes the benchmark reloads with (issue 17 named these two), and how large. */
export const BENCH_HOSTILE_SHAPES: readonly HostileShape[] = ["one word per line", "dense quotations"];
export const BENCH_HOSTILE_BYTES = 1_900_000;

/** An article of `shape` of at most `bytes` bytes in UTF-8 (curly quotation marks are three each). */
export function hostileArticle(shape: HostileShape, seed: number, bytes: number): string {
  const text = HOSTILE_SHAPES[shape](seed, bytes);
  const encoded = Buffer.from(text);
  return encoded.length <= bytes ? text : new TextDecoder().decode(encoded.subarray(0, bytes)).replace(/\uFFFD$/, "");
}
