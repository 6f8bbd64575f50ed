/** Lowercase ASCII slug with hyphens ("Natural Language Processing (NLP)" → "natural-language-processing-nlp"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
