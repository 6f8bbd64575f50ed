/** The one card surface: a bordered, padded box that follows the colour scheme. */
export const CARD = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900";
