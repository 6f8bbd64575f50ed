import type { PathDto, PickerTrackDto } from "@/lib/teams/schema";
import { Providers } from "@/components/layout/providers";
import { Alert } from "@/components/ui/alert";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PathEditor } from "@/components/teams/path-editor";
import { teamCrumbs } from "@/components/teams/team-crumbs";

type Props = { team: { id: string; name: string }; isLead: boolean; catalog: PickerTrackDto[]; path?: PathDto; saved?: boolean };

/** The frame of the new-path and edit-path pages (leads edit; members are told why they cannot). */
export function PathPage({ team, isLead, catalog, path, saved }: Props) {
  return (
    <>
      <PageHeader
        title={path ? `Edit path: ${path.title}` : "New learning path"}
        crumbs={teamCrumbs(team, path ? "Edit path" : "New path")}
      />
      <div className={CARD}>
        {!isLead ? (
          <Alert>Only a team lead can edit learning paths.</Alert>
        ) : (
          <>
            {saved && (
              <div className="mb-4">
                <Alert tone="success">Path created. Assign it from the team page.</Alert>
              </div>
            )}
            <Providers>
              <PathEditor teamId={team.id} catalog={catalog} initial={path} />
            </Providers>
          </>
        )}
      </div>
    </>
  );
}
