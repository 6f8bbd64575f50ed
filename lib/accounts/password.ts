import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm; its enum is a const enum that
// isolated modules cannot import) with OWASP's recommended minimum: 19 MiB,
// 2 passes, 1 lane. tests/unit/password.test.ts asserts the "$argon2id$" prefix.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified against when the account does not exist, so an unknown email costs
// the same time as a wrong password (no account enumeration by timing).
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$E06LTE7/7KvUiR2JZhI7GQ$Vk4Oevoko+adRdLvdZkwcwCXC/03R5lVm2hHCr0JPUM";

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; a missing hash still costs one verification. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(storedHash ?? DUMMY_HASH, password);
    return Boolean(storedHash) && ok;
  } catch {
    return false;
  }
}
