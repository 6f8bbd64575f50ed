import type { ResourceKind } from "@/lib/catalog/schema";

/**
 * One inference rule; every given pattern must match. `host` is tested against
 * the hostname without a leading "www.", `path` against pathname + search.
 */
type KindRule = { kind: ResourceKind; host?: RegExp; path?: RegExp; title?: RegExp };

/**
 * First match wins, so the order is the policy: unambiguous hosts first, then
 * blog posts (a post on a docs or Spaces host is still an article), then docs,
 * courses and tools, then hints from the title, then the bare-homepage case.
 */
const RULES: readonly KindRule[] = [
  { kind: "VIDEO", host: /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/ },
  { kind: "PAPER", host: /(^|\.)(arxiv\.org|openreview\.net|aclanthology\.org)$/ },
  { kind: "PAPER", path: /\.pdf($|[?#])/i },
  { kind: "REPOSITORY", host: /^(github\.com|gitlab\.com)$/ },

  { kind: "ARTICLE", host: /(^|\.)(medium\.com|substack\.com|wandb\.ai)$|^blog\./ },
  { kind: "ARTICLE", host: /^huggingface\.co$/, path: /^\/(blog\/|spaces\/[^/]+\/blogpost)/ },
  { kind: "ARTICLE", path: /\/(blog|posts)\// },

  { kind: "DOCUMENTATION", host: /(^|[.-])docs?[.-]|readthedocs\.io$|^learn\.microsoft\.com$/ },
  { kind: "DOCUMENTATION", path: /\/docs\// },
  { kind: "DOCUMENTATION", title: /\b(documentation|docs|quickstart|overview)\b/i },

  { kind: "COURSE", host: /^(course\.fast\.ai|(.+\.)?(udacity|khanacademy|coursera|edx)\.(com|org))$/ },
  { kind: "COURSE", path: /(^|\/|_)(courses?|education|learn-guide)\// },

  { kind: "TOOL", host: /^huggingface\.co$/, path: /^\/spaces\/[^/]+\/[^/]+/ },
  { kind: "TOOL", host: /^(lmarena\.ai|bbycroft\.net)$/ },
  { kind: "TOOL", title: /\b(leaderboard|playground)\b/i },

  { kind: "BOOK", title: /\b(hand)?book\b/i },
  { kind: "WEBSITE", path: /^\/?$/ },
];

/**
 * Guesses what a resource is from its URL (host and path rules first) and then
 * its title; admins can correct the result later. Defaults to ARTICLE, which
 * is also the answer for a URL that cannot be parsed.
 */
export function inferResourceKind(url: string, title: string): ResourceKind {
  let host = "";
  let path = "";
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase().replace(/^www\./, "");
    path = parsed.pathname + parsed.search;
  } catch {
    return "ARTICLE";
  }
  const rule = RULES.find(
    (r) =>
      (r.host === undefined || r.host.test(host)) &&
      (r.path === undefined || r.path.test(path)) &&
      (r.title === undefined || r.title.test(title)),
  );
  return rule?.kind ?? "ARTICLE";
}
