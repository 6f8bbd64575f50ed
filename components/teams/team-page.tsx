"use client";

import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import type { TeamDetailDto } from "@/lib/teams/schema";
import { buttonClasses } from "@/components/ui/button";
import { CARD } from "@/components/ui/card";
import { useTeam } from "@/components/teams/queries";
import { TeamAssignments } from "@/components/teams/team-assignments";
import { TeamInvites } from "@/components/teams/team-invites";
import { TeamMembers } from "@/components/teams/team-members";
import { TeamPaths } from "@/components/teams/team-paths";
import { TeamSettings } from "@/components/teams/team-settings";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={CARD}>
      <h2 id={id} className="mb-4 text-xl font-semibold text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The team page: members, paths, assignments; for leads also invites and settings. Seeds the team query. */
export function TeamPage({ initial, viewerId }: { initial: TeamDetailDto; viewerId: string }) {
  const team = useTeam(initial.id, initial).data ?? initial;
  const isLead = team.role === "LEAD";
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/teams/${team.id}/progress`} className={buttonClasses("primary")}>
          Team progress
        </Link>
      </div>
      <Section id="members-heading" title="Members">
        <TeamMembers teamId={team.id} viewerId={viewerId} />
      </Section>
      <Section id="paths-heading" title="Learning paths">
        <TeamPaths teamId={team.id} isLead={isLead} />
      </Section>
      <Section id="assignments-heading" title="Assignments">
        <TeamAssignments teamId={team.id} />
      </Section>
      {isLead && (
        <>
          <Section id="invites-heading" title="Invites">
            <TeamInvites teamId={team.id} />
          </Section>
          <Section id="settings-heading" title="Team settings">
            <TeamSettings teamId={team.id} />
          </Section>
        </>
      )}
    </div>
  );
}
