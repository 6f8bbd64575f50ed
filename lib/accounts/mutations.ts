import "server-only";
import { ApiError } from "@/lib/errors";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/password";
import type { MeDto, SignUpInput, UpdateProfileInput, UserDto } from "@/lib/accounts/schema";

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === "P2002";
}

/** Creates a learner account; a taken email is a 409. */
export async function createUser(input: SignUpInput): Promise<UserDto> {
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
