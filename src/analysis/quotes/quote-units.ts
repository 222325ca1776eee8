// The quotations of an article, each one span or several: a quote left open at a paragraph's end runs on
// into the next paragraph when that one opens with a quote mark, as news copy marks a long quotation.
import { opensParagraph, type Para } from "./masked-paragraphs.js";
import { opensWithQuote, type QuoteSpan } from "./quote-marks.js";

/** One quotation: a span of one paragraph, or spans joined across several. */
export interface Unit {
  parts: UnitPart[];
}

export interface UnitPart {
  para: Para;
  span: QuoteSpan;
}

/** The quotations of an article, in order. */
export function unitsOf(paras: Para[]): Unit[] {
  const units: Unit[] = [];
  let pending: Unit | undefined;
  for (const para of paras) {
    para.spans.forEach((span, i) => {
      const atStart = opensParagraph(para, span.open);
      let unit: Unit;
      if (pending && i === 0 && atStart) {
        unit = pending;
        unit.parts.push({ para, span });
      } else {
        unit = { parts: [{ para, span }] };
        units.push(unit);
      }
      pending = undefined;
      const isLast = i === para.spans.length - 1;
      const next = paras[para.index + 1];
      if (span.close === null && isLast && next && opensWithQuote(next.text)) pending = unit;
    });
    if (para.spans.length === 0) pending = undefined;
  }
  return units;
}

/** The quoted words of a quotation, its pieces joined by a space. */
export function unitText(unit: Unit): string {
  return unit.parts.map((p) => p.para.text.slice(p.span.contentStart, p.span.contentEnd)).join(" ");
}
