import "server-only";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import { seesEveryone } from "@/lib/teams/policy";
import { ACTIVITY_PAGE_SIZE, type ActivityPageDto } from "@/lib/teams/schema";

// The team's recent activity: members starting (→ IN_PROGRESS) and finishing
// (→ DONE) topics, from study_activity rows that recorded the status they moved
// the topic to (status changes and resource ticks that rolled the topic up).
// Only what members did since they joined; never notes. The privacy rule of the
// dashboard applies: a member who may not see the others sees only their own.
// Newest first, keyset-paginated on (occurred_at, id): the cursor is opaque
// (base64url of "<ISO instant>|<id>") and stays valid while rows are added.

type ActivityRow = { id: bigint; at: Date; status: "IN_PROGRESS" | "DONE"; userId: string; userName: string; slug: string; title: string };
type Cursor = { at: Date; id: bigint };

const BAD_CURSOR = "cursor: Not a cursor this API returned";

export const encodeActivityCursor = ({ at, id }: Cursor) => Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");

/** The cursor's position, or 422 for anything this API did not hand out. */
export function decodeActivityCursor(cursor: string): Cursor {
  const [iso, id, extra] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (extra !== undefined || !id || !/^\d{1,19}$/.test(id) || Number.isNaN(at.getTime()) || at.toISOString() !== iso) {
    throw new ApiError("validation_failed", BAD_CURSOR);
  }
  return { at, id: BigInt(id) };
}

/** One page of the team's activity (newest first); `nextCursor` null on the last page. */
export async function getTeamActivity(access: TeamAccess, cursor?: string): Promise<ActivityPageDto> {
  assertTeamCan(access, "activity:view");
  const after = cursor ? decodeActivityCursor(cursor) : null;
  const onlyMine = seesEveryone(access.role, access.membersSeeProgress) ? Prisma.empty : Prisma.sql`AND m.user_id = ${access.userId}`;
  const before = after ? Prisma.sql`AND (sa.occurred_at, sa.id) < (${after.at}, ${after.id})` : Prisma.empty;
  // Per member, at most one page from their own index range (user_id, occurred_at),
  // then the newest of those: the work is bounded by members × page size,
  // however long anyone's history is.
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT sa.id, sa.occurred_at AS at, sa.status, u.id AS "userId", u.name AS "userName", sa.slug, sa.title
      FROM team_memberships m
      JOIN users u ON u.id = m.user_id
     CROSS JOIN LATERAL (
           SELECT sa.id, sa.occurred_at, sa.status::text AS status, t.slug, t.title
             FROM study_activity sa
             JOIN topics t ON t.id = sa.topic_id AND t.status = 'ACTIVE'
            WHERE sa.user_id = m.user_id AND sa.occurred_at >= m.joined_at AND sa.status IN ('IN_PROGRESS', 'DONE') ${before}
            ORDER BY sa.occurred_at DESC, sa.id DESC
            LIMIT ${ACTIVITY_PAGE_SIZE + 1}) sa
     WHERE m.team_id = ${access.teamId} ${onlyMine}
     ORDER BY sa.occurred_at DESC, sa.id DESC
     LIMIT ${ACTIVITY_PAGE_SIZE + 1}`;
  const page = rows.slice(0, ACTIVITY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      user: { id: row.userId, name: row.userName },
      topic: { slug: row.slug, title: row.title },
      kind: row.status === "DONE" ? "FINISHED" : "STARTED",
    })),
    nextCursor: rows.length > ACTIVITY_PAGE_SIZE && last ? encodeActivityCursor({ at: last.at, id: last.id }) : null,
  };
}
