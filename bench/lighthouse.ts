// Lighthouse (12, Node 20) on Debian's Chromium, signed in through a cookie:
// the dashboard and a topic page, performance and accessibility scores.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const PAGES = ["/", "/topics/quantization"];

/** Scores (0–100) per page. */
export async function runLighthouse(baseUrl: string, cookie: string) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "waypoint-lh-"));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    userDataDir,
    chromeFlags: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
  const scores: Record<string, { performance: number; accessibility: number }> = {};
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${baseUrl}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: { Cookie: cookie },
      });
      const categories = result!.lhr.categories;
      scores[page] = {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      };
      console.log(`Lighthouse ${page}: performance ${scores[page].performance}, accessibility ${scores[page].accessibility}`);
    }
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return scores;
}
