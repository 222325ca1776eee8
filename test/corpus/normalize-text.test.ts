// Text read with the wrong encoding upstream is put right once, and text that was right is left alone.
import { describe, expect, it } from "vitest";
import { normalizeText, repairMojibake } from "../../src/corpus/normalize-text.js";

describe("UTF-8 that was read as Latin-1", () => {
  it("turns back into its letters, after one misreading or two", () => {
    expect(repairMojibake("Mayor Ana PeÃ±a Ruiz")).toBe("Mayor Ana Peña Ruiz");
    expect(repairMojibake("Federico de Jes\u00C3\u0083\u00C2\u00BAs")).toBe("Federico de Jesús");
    expect(repairMojibake("naÃ¯ve")).toBe("naïve");
  });

  it("is put right when the misread letter arrives decomposed", () => {
    expect(normalizeText("Mayor Ana PeA\u0303\u00B1a Ruiz")).toBe("Mayor Ana Peña Ruiz");
  });

  it("leaves accented text that was read right as it is", () => {
    for (const text of ["São Paulo", "Jalapeño", "café » Paris", "Ólafur Arnalds", "« À bientôt »", "Ã"]) expect(repairMojibake(text)).toBe(text);
  });
});
