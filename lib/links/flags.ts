// The two link findings that need no network, computed from the roadmap's own
// links (every active resource, every link inside active text). Pure functions.
//
// DUPLICATE: one address (after normalize-url) carrying two different things:
// two resource rows, or two links whose labels name different things (the
// source's "DARE" and "TIES" share one arXiv URL). The same tool linked under
// the same name from two topics ("llama.cpp") is a cross-reference, not a duplicate.
//
// SUSPICIOUS: a label that begins with a site's name ("Hugging Face Spaces")
// while the link goes to another site (chatgpt.com), where the roadmap's
// other links are what place that name on its own site (huggingface.co,
// because "Hugging Face Hub" → huggingface.co/models). A name only counts
// when it heads a label and equals the registrable domain (tldts) it points
// to; titles that merely mention a tool ("Run an LLM locally with LM Studio")
// and links whose own address mentions the name (github.com/ollama/ollama
// for "Ollama") are not suspicious.
import normalizeUrl from "normalize-url";
import { getDomain, getDomainWithoutSuffix } from "tldts";

/** One appearance of a URL in the content: a resource (its title) or a Markdown link (its label). */
export type LinkOccurrence = { url: string; label: string; resourceId?: string };

/**
 * The form duplicates are compared in: lower-case host without `www.`, no
 * default port, no trailing slash, no `#fragment`, no `utm_*` parameters,
 * sorted query, and http treated as https (one page either way).
 */
export function normalizeLinkUrl(url: string): string {
  try {
    return normalizeUrl(url, {
      defaultProtocol: "https",
      forceHttps: true,
      stripWWW: true,
      stripHash: true,
      stripTextFragment: true,
      removeQueryParameters: [/^utm_\w+/i],
      removeTrailingSlash: true,
      removeSingleSlash: true,
      sortQueryParameters: true,
    });
  } catch {
    return url.trim();
  }
}

const words = (label: string) => label.normalize("NFKC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const squash = (text: string) => text.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

// Labels that say nothing about what is behind the link.
const GENERIC_LABELS = new Set(["here", "link", "this", "source", "website", "site", "paper", "docs", "documentation", "blog", "article", "video"]);

/** Whether two labels name different things: neither contains the other once case and punctuation are gone. */
function namesDiffer(a: string, b: string): boolean {
  const [x, y] = [words(a).join(" ").toLowerCase(), words(b).join(" ").toLowerCase()];
  if (!x || !y || GENERIC_LABELS.has(x) || GENERIC_LABELS.has(y)) return false;
  return !x.includes(y) && !y.includes(x);
}

/** Raw URLs flagged DUPLICATE, each with why. */
export function findDuplicates(occurrences: readonly LinkOccurrence[]): Map<string, string> {
  const groups = new Map<string, LinkOccurrence[]>();
  for (const occurrence of occurrences) {
    const key = normalizeLinkUrl(occurrence.url);
    groups.set(key, [...(groups.get(key) ?? []), occurrence]);
  }
  const flagged = new Map<string, string>();
  for (const group of groups.values()) {
    const resources = new Set(group.flatMap((o) => (o.resourceId ? [o.resourceId] : [])));
    let reason: string | null = null;
    if (resources.size > 1) reason = `${resources.size} resources share this address`;
    else {
      const pair = group.flatMap((a, i) => group.slice(i + 1).map((b) => [a, b] as const)).find(([a, b]) => namesDiffer(a.label, b.label));
      if (pair) reason = `“${pair[0].label}” and “${pair[1].label}” share this address`;
    }
    if (reason) for (const occurrence of group) flagged.set(occurrence.url, reason);
  }
  return flagged;
}

/** The site name a URL's registrable domain spells ("huggingface" for huggingface.co), or null for addresses. */
function siteName(url: string): string | null {
  const name = getDomainWithoutSuffix(url, { allowPrivateDomains: true });
  return name ? squash(name) : null;
}

/** The label's first one, two and three words, as written and squashed ("Hugging Face" → "huggingface"). */
function heads(label: string): Array<{ text: string; name: string }> {
  const list = words(label);
  return [1, 2, 3]
    .filter((n) => n <= list.length)
    .map((n) => ({ text: list.slice(0, n).join(" "), name: squash(list.slice(0, n).join("")) }))
    .filter((head) => head.name.length >= 3);
}

/** Raw URLs flagged SUSPICIOUS, each with why. */
export function findSuspicious(occurrences: readonly LinkOccurrence[]): Map<string, string> {
  // Where the content itself puts each site name: a label headed by the name of the domain it links to.
  const placed = new Map<string, Set<string>>();
  const domainOf = (url: string) => getDomain(url, { allowPrivateDomains: true });
  for (const { url, label } of occurrences) {
    const own = siteName(url);
    const domain = domainOf(url);
    for (const head of heads(label)) {
      if (own && domain && head.name === own) placed.set(head.name, (placed.get(head.name) ?? new Set()).add(domain));
    }
  }
  const flagged = new Map<string, string>();
  for (const { url, label } of occurrences) {
    const own = siteName(url);
    const domain = domainOf(url);
    let address: string;
    try {
      const parsed = new URL(url);
      address = squash(`${parsed.hostname}${parsed.pathname}`);
    } catch {
      continue;
    }
    for (const head of heads(label)) {
      const homes = placed.get(head.name);
      if (!homes || head.name === own || (domain && homes.has(domain)) || address.includes(head.name)) continue;
      flagged.set(url, `“${label}” names ${head.text}, which other links place on ${[...homes].sort().join(", ")}; this link goes to ${domain ?? url}`);
      break;
    }
  }
  return flagged;
}
