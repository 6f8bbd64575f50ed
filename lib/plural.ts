// Kept apart from lib/text.ts (which imports zod) so client components can use it without zod.

/** "1 topic", "3 topics": a count with its noun (regular English plurals only). */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
