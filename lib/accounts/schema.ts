import { z } from "zod";
import { isValidTimeZone } from "@/lib/progress/activity";
import { storableString } from "@/lib/text";

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

export const nameSchema = storableString().trim().min(1, "Enter your name").max(100, "Name must be at most 100 characters");

/** An IANA time zone ("Europe/Paris"); streaks and the heatmap count days in it. */
export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, "Unknown time zone");

/** POST /api/users; unknown fields are refused. The browser sends its time zone along. */
export const signUpSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  timeZone: timeZoneSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The credentials a sign-in posts (lengths bounded before any hashing work). */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** PATCH /api/me */
export const updateProfileSchema = z
  .strictObject({ name: nameSchema.optional(), timeZone: timeZoneSchema.optional() })
  .refine((input) => input.name !== undefined || input.timeZone !== undefined, "Send name or timeZone");
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** What the API returns about a user. */
export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type UserDto = z.infer<typeof userSchema>;

/** GET /api/me */
export const meSchema = userSchema.extend({ role: z.enum(["LEARNER", "ADMIN"]), timeZone: z.string() });
export type MeDto = z.infer<typeof meSchema>;

/** A current password given to confirm a sensitive change (never length-checked beyond the hashing cap). */
const currentPasswordSchema = z.string().min(1, "Enter your current password").max(PASSWORD_MAX);

/** PUT /api/me/password */
export const changePasswordSchema = z
  .strictObject({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .refine((input) => input.currentPassword !== input.newPassword, { message: "Choose a password you are not using now", path: ["newPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** PUT /api/me/email */
export const changeEmailSchema = z.strictObject({ email: emailSchema, password: currentPasswordSchema });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

/** DELETE /api/me */
export const deleteAccountSchema = z.strictObject({ password: currentPasswordSchema });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
