// The statement behind every authenticated request: the session row and its
// user, in one round trip. Kept free of the client (like lib/progress/queries.ts)
// so the benchmark's plain-pg baseline issues exactly the same SQL.
import { Prisma } from "@/lib/generated/prisma/client";

/** The user of a live session: the session must exist, belong to `userId` and not have expired. */
export function sessionUserSql({ sessionId, userId }: { sessionId: string; userId: string }) {
  return Prisma.sql`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.time_zone AS "timeZone", s.id AS "sessionId"
      FROM user_sessions s
      JOIN users u ON u.id = s.user_id
     WHERE s.id = ${sessionId} AND s.user_id = ${userId} AND s.expires_at > now()`;
}
