import "server-only";
import { listContentLinks, recentChecks } from "@/lib/links/data";
import { findDuplicates, findSuspicious, normalizeLinkUrl } from "@/lib/links/flags";
import type { LastCheckDto, LinkFlag, LinkItemDto } from "@/lib/links/schema";

const OUTCOME_FLAGS: Partial<Record<LastCheckDto["outcome"], LinkFlag>> = { BROKEN: "BROKEN", REDIRECTED: "REDIRECTED", BLOCKED: "BLOCKED" };
// Worst first, so the list opens on what needs fixing.
const SEVERITY: LinkFlag[] = ["BROKEN", "BLOCKED", "SUSPICIOUS", "REDIRECTED", "DUPLICATE"];
const rank = (item: LinkItemDto) => Math.min(...item.flags.map((flag) => SEVERITY.indexOf(flag)));

/**
 * Every URL of live content that carries a flag (or only those carrying
 * `flag`), with where it appears, its last check and recent history. Flags
 * from the network come from the URL's latest check; DUPLICATE and
 * SUSPICIOUS are computed now from the content (lib/links/flags.ts).
 */
export async function listFlaggedLinks(flag?: LinkFlag): Promise<LinkItemDto[]> {
  const links = await listContentLinks();
  const duplicates = findDuplicates(links.map((link) => ({ url: link.url, label: link.label, resourceId: link.resource?.id })));
  const suspicious = findSuspicious(links);
  const urls = [...new Set(links.map((link) => link.url))];
  const history = await recentChecks(urls);

  const items: LinkItemDto[] = [];
  for (const url of urls) {
    const checks = history.get(url) ?? [];
    const lastCheck = checks[0] ?? null;
    const flags: LinkFlag[] = [];
    const fromCheck = lastCheck && OUTCOME_FLAGS[lastCheck.outcome];
    if (fromCheck) flags.push(fromCheck);
    if (duplicates.has(url)) flags.push("DUPLICATE");
    if (suspicious.has(url)) flags.push("SUSPICIOUS");
    if (flags.length === 0 || (flag && !flags.includes(flag))) continue;
    const here = links.filter((link) => link.url === url);
    items.push({
      url,
      normalizedUrl: normalizeLinkUrl(url),
      flags,
      duplication: duplicates.get(url) ?? null,
      suspicion: suspicious.get(url) ?? null,
      suggestedUrl: lastCheck?.outcome === "REDIRECTED" ? lastCheck.finalUrl : null,
      resources: here.flatMap((link) => (link.resource ? [link.resource] : [])),
      mentions: here.flatMap((link) => (link.mention ? [link.mention] : [])),
      lastCheck,
      history: checks,
    });
  }
  return items.sort((a, b) => rank(a) - rank(b) || a.url.localeCompare(b.url));
}
