// Watching a page for Content-Security-Policy violations: the browser's
// `securitypolicyviolation` events, caught by an init script (Playwright
// injects it outside the page's policy), and its "Refused to …" console
// messages, across every document the page loads.
import { createHash } from "node:crypto";
import { expect, type Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts recording; call before the first navigation. Returns what was recorded so far. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) refused.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return async () => [...refused, ...((await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])) as string[])];
}

/** Waits until React has hydrated the page: its client JavaScript ran under the policy. */
export async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))), {
      message: "React hydrated <main> (the page's scripts ran)",
    })
    .toBe(true);
}

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * The page's own policy allows exactly its own scripts: with a nonce, every
 * script element carries it; with hashes, every inline script is listed.
 * Returns which kind of policy the page has.
 */
export function expectPolicyCoversScripts(policy: string | undefined, html: string): "nonce" | "hash" {
  expect(policy, "the page has a Content-Security-Policy").toBeTruthy();
  const scriptSrc = policy!.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).toBeTruthy();
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map(([, attributes, text]) => ({ attributes: attributes!, text: text! }));
  const nonce = scriptSrc.match(/'nonce-([^']+)'/)?.[1];
  if (nonce) {
    expect(scriptSrc).toContain("'strict-dynamic'");
    for (const script of scripts) expect(script.attributes, "every script carries the request's nonce").toContain(`nonce="${nonce}"`);
    return "nonce";
  }
  const inline = scripts.filter((script) => !/\ssrc=/.test(script.attributes) && !/type="application\/(ld\+)?json"/.test(script.attributes));
  for (const script of inline) expect(scriptSrc, "every inline script is allowed by its hash").toContain(`'${sha256(script.text)}'`);
  if (inline.length === 0) expect(scriptSrc).not.toContain("'unsafe-inline'");
  return "hash";
}
