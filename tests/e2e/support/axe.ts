import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;

/** Runs axe on the page as it is now; one readable line per offending element. */
async function axeReport(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "n/a"}) at ${node.target.join(" ")}: ${violation.help}. ` +
        (node.failureSummary ?? "").replace(/\s*\n\s*/g, " "),
    ),
  );
}

/**
 * Scans the loaded page in the light and then the dark colour scheme (the
 * app's dark styles are `prefers-color-scheme` media queries, so switching the
 * emulated media restyles the same page). Both schemes are always scanned.
 */
export async function expectNoAxeViolationsInEitherScheme(page: Page) {
  for (const colorScheme of SCHEMES) {
    await test.step(`axe, ${colorScheme} scheme`, async () => {
      await page.emulateMedia({ colorScheme });
      // The scheme switch restyles the page; scan only once nothing is still animating.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      expect
        .soft(await axeReport(page), `axe violations on ${new URL(page.url()).pathname} in the ${colorScheme} scheme`)
        .toEqual([]);
    });
  }
}
