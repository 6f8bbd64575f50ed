// Limits the browser checks too: kept free of zod so a client component can
// import them without loading zod into the page (lib/progress/schema.ts
// builds its schemas from them).

/** The longest note a learner can save, in characters. */
export const NOTE_MAX_LENGTH = 20_000;
