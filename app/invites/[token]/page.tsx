import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ApiError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session";
import { getInvitePreview } from "@/lib/teams/invites";
import { tokenParams, type InvitePreviewDto } from "@/lib/teams/schema";
import { Providers } from "@/components/layout/providers";
import { AcceptInvite } from "@/components/teams/accept-invite";
import { ROLE_LABEL } from "@/components/teams/labels";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Team invite" };

const UNKNOWN = "This invite link does not exist. Check that you copied all of it, or ask a team lead for a new one.";

type Props = { params: Promise<{ token: string }> };

/** Reads the invite, or the message for a link that is unknown (404) or no longer works (410). */
async function loadInvite(token: string, viewerId: string | null): Promise<{ invite: InvitePreviewDto } | { problem: string }> {
  const parsed = tokenParams.safeParse({ token });
  if (!parsed.success) return { problem: UNKNOWN };
  try {
    return { invite: await getInvitePreview(parsed.data.token, viewerId) };
  } catch (error) {
    if (error instanceof ApiError && (error.code === "not_found" || error.code === "gone")) return { problem: error.code === "gone" ? error.message : UNKNOWN };
    throw error;
  }
}

/** An invite link: what it offers, and Join (signed in) or sign in / sign up that come back here. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await getCurrentUser();
  const result = await loadInvite(token, user?.id ?? null);
  if ("problem" in result) {
    return (
      <>
        <PageHeader title="Team invite" />
        <div className="max-w-xl">
          <Alert tone="error">{result.problem}</Alert>
        </div>
      </>
    );
  }
  const { invite } = result;
  const back = encodeURIComponent(`/invites/${token}`);
  return (
    <>
      <PageHeader title={`Join ${invite.team.name}`} lead="You were invited to study together on Waypoint." />
      <section aria-labelledby="invite-heading" className={`max-w-xl ${CARD} flex flex-col gap-4`}>
        <h2 id="invite-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          Invite
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
          <dt className="font-medium">Team</dt>
          <dd>{invite.team.name}</dd>
          <dt className="font-medium">Role</dt>
          <dd>{ROLE_LABEL[invite.role]}</dd>
          {invite.email && (
            <>
              <dt className="font-medium">For</dt>
              <dd>{invite.email}</dd>
            </>
          )}
          <dt className="font-medium">Expires</dt>
          <dd>{new Date(invite.expiresAt).toLocaleString("en", { dateStyle: "long", timeStyle: "short", timeZone: user?.timeZone ?? "UTC" })}</dd>
        </dl>
        {invite.member ? (
          <p className="text-slate-800 dark:text-slate-200">
            You are already in this team.{" "}
            <Link href={`/teams/${invite.team.id}`} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              Open {invite.team.name}
            </Link>
          </p>
        ) : user ? (
          <Providers>
            <AcceptInvite token={token} teamName={invite.team.name} />
          </Providers>
        ) : (
          <div className="flex flex-col gap-2">
            <p className="text-slate-800 dark:text-slate-200">Sign in or create an account to join; you will come back here.</p>
            <div className="flex flex-wrap gap-2">
              <Link href={`/signin?callbackUrl=${back}`} className={buttonClasses("primary")}>
                Sign in to join
              </Link>
              <Link href={`/signup?callbackUrl=${back}`} className={buttonClasses("secondary")}>
                Create an account
              </Link>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
