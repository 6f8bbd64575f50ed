import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Emails are compared and stored trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email("Enter a valid email address"))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const nameSchema = z.string().trim().min(1, "Enter your name").max(100, "Name must be at most 100 characters");

/** POST /api/users; unknown fields are refused. */
export const signUpSchema = z.strictObject({ email: emailSchema, name: nameSchema, password: passwordSchema });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The credentials a sign-in posts (lengths bounded before any hashing work). */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** What the API returns about a user. */
export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type UserDto = z.infer<typeof userSchema>;
