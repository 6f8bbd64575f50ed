import "server-only";
import { ApiError } from "@/lib/errors";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/password";
import { env } from "@/lib/env";
import { consumeOrThrow, createLimiter } from "@/lib/rate-limit";
import type { MeDto, SignUpInput, UpdateProfileInput, UserDto } from "@/lib/accounts/schema";

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === "P2002";
}

let signUpLimiter: ReturnType<typeof createLimiter> | undefined;

/**
 * Creates a learner account; a taken email is a 409. The cheap checks come
 * first — the client's sign-up budget (SIGN_UP_MAX_PER_IP_PER_HOUR), then
 * whether the email is taken — and only then the costly argon2id hash
 * (~19 MiB, tens of ms), so a flood of sign-ups cannot burn CPU and memory.
 */
export async function createUser(input: SignUpInput, client: string | null): Promise<UserDto> {
  signUpLimiter ??= createLimiter({ keyPrefix: "sign-up:ip", points: env.SIGN_UP_MAX_PER_IP_PER_HOUR, durationSeconds: 3600 });
  await consumeOrThrow(signUpLimiter, client ?? "unknown", "Too many accounts created from your address. Try again later.");
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new ApiError("conflict", "An account with this email already exists.");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: "LEARNER", timeZone: input.timeZone ?? "UTC" },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError("conflict", "An account with this email already exists.");
    throw error;
  }
}

/** Changes the caller's display name and/or time zone. */
export async function updateProfile(userId: string, input: UpdateProfileInput): Promise<MeDto> {
  return db.user.update({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone },
    select: { id: true, email: true, name: true, role: true, timeZone: true },
  });
}
