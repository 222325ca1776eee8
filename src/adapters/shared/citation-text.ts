// "Title — Publisher, 26 Mar 2017": how every platform names an answer's article in plain words.
import type { Source } from "../../corpus/citation.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2017-03-26" → "26 Mar 2017"; "2017-03" → "Mar 2017"; "2017" stays. */
export function readableDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function citationOf(source: Source): string {
  const tail = [source.publisher, source.published && readableDate(source.published)].filter(Boolean).join(", ");
  return tail ? `${source.title} — ${tail}` : source.title;
}

export function citationText(sources: readonly Source[]): string {
  return sources.map(citationOf).join("; ");
}
