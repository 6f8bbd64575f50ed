import type { DbClient } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { emailSchema, nameSchema, passwordSchema } from "@/lib/accounts/schema";

type Account = {
  email: string;
  name: string;
  password: string;
  role: "LEARNER" | "ADMIN";
  /** Passwords this account must not keep (a once-published default): replaced by `password`. */
  retiredPasswords?: string[];
};

// The demo learner's password was once the same for every installation and
// printed in the README; installations that still have it get the new one.
const RETIRED_DEMO_PASSWORDS = ["waypoint-demo"];

/**
 * Creates the account when it is missing. An existing account keeps its
 * password (a re-seed must not undo a password change). An existing account
 * named as the admin is promoted only while there is no admin at all: the
 * environment makes the FIRST admin, and must not undo an admin's later
 * decision to demote it (the seed runs at every `npm start`). A retired password
 * (a once-published default) is replaced. Returns what was done.
 */
export async function ensureAccount(prisma: DbClient, account: Account): Promise<"created" | "promoted" | "kept" | "password replaced"> {
  const email = emailSchema.parse(account.email);
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true, passwordHash: true } });
  if (!existing) {
    const passwordHash = await hashPassword(passwordSchema.parse(account.password));
    await prisma.user.create({ data: { email, name: nameSchema.parse(account.name), passwordHash, role: account.role } });
    return "created";
  }
  if (account.role === "ADMIN" && existing.role !== "ADMIN" && (await prisma.user.count({ where: { role: "ADMIN" } })) === 0) {
    await prisma.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
    return "promoted";
  }
  for (const retired of account.retiredPasswords ?? []) {
    if (await verifyPassword(existing.passwordHash, retired)) {
      const passwordHash = await hashPassword(passwordSchema.parse(account.password));
      await prisma.user.update({ where: { id: existing.id }, data: { passwordHash } });
      return "password replaced";
    }
  }
  return "kept";
}

/** The accounts the environment asks for: the first admin, and the demo learner of `npm start`. */
export function accountsFromEnv(environment: NodeJS.ProcessEnv): Account[] {
  const accounts: Account[] = [];
  const { ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_EMAIL, DEMO_PASSWORD } = environment;
  if (ADMIN_EMAIL || ADMIN_PASSWORD) {
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) throw new Error("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");
    accounts.push({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: "Admin", role: "ADMIN" });
  }
  if (DEMO_EMAIL && DEMO_PASSWORD) {
    accounts.push({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo Learner", role: "LEARNER", retiredPasswords: RETIRED_DEMO_PASSWORDS });
  }
  return accounts;
}
