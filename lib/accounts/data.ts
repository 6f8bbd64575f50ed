import "server-only";
import { db } from "@/lib/db";

/** The account a sign-in names, with its password hash (the one place it is read for sign-in). */
export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, timeZone: true, passwordHash: true },
  });
}
