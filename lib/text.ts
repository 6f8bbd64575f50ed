import { z } from "zod";

/**
 * A string PostgreSQL can store: its text type refuses U+0000, which would
 * otherwise reach the database and fail there (a 500 instead of a 422).
 */
export const storableString = () =>
  z.string().refine((value) => !value.includes("\u0000"), "Text must not contain NUL (U+0000) characters");
