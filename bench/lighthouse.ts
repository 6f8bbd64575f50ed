// Lighthouse (12, Node 20) on Debian's Chromium, signed in through a cookie:
// the given pages (the dashboard, a track and a topic page), performance and
// accessibility, and the JavaScript each page loads, with both of
// Lighthouse's presets (mobile: simulated slow 4G and a 4× slower CPU than
// this machine's; desktop).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"];

type Scores = { performance: number; accessibility: number; jsKiB: number; jsDecodedKiB: number; lcpMs: number; tbtMs: number };

/** Bytes of the page's scripts from Lighthouse's network-requests audit: transferred (compressed) and decoded. */
function scriptBytes(audit: { details?: unknown } | undefined): { transferred: number; decoded: number } {
  const items = (audit?.details as { items?: { resourceType?: string; transferSize?: number; resourceSize?: number }[] } | undefined)?.items ?? [];
  const scripts = items.filter((item) => item.resourceType === "Script");
  return {
    transferred: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    decoded: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
  };
}

/** Scores (0–100) and JS bytes per preset and page. */
export async function runLighthouse(baseUrl: string, cookie: string, pages: string[]) {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
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
  const scores: Record<string, Record<string, Scores>> = { mobile: {}, desktop: {} };
  try {
    for (const preset of ["mobile", "desktop"] as const) {
      for (const page of pages) {
        const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie } };
        const result = await lighthouse(`${baseUrl}${page}`, flags, preset === "desktop" ? desktopConfig : undefined);
        const { categories, audits } = result!.lhr;
        const bytes = scriptBytes(audits["network-requests"]);
        const score = {
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          jsKiB: Math.round(bytes.transferred / 1024),
          jsDecodedKiB: Math.round(bytes.decoded / 1024),
          lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
          tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        };
        scores[preset]![page] = score;
        const metrics = METRICS.map((id) => `${audits[id]?.title} ${audits[id]?.displayValue}`).join(", ");
        console.log(`Lighthouse ${preset} ${page}: performance ${score.performance}, accessibility ${score.accessibility}, JS ${score.jsKiB} KiB transferred, ${score.jsDecodedKiB} KiB decoded (${metrics})`);
      }
    }
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return scores;
}
