/** "2026-12-03 10:58 UTC": one rendering on the server and in every browser (no locale, no zone). */
export const formatInstant = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
