"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { sendJson } from "@/components/progress/api-client";
import type { AcceptedInviteDto } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Joins the team through the invite, then opens the team page; 403 (wrong address) and 410 are said plainly. */
export function AcceptInvite({ token, teamName }: { token: string; teamName: string }) {
  const router = useRouter();
  const accept = useMutation({
    mutationFn: () => sendJson<AcceptedInviteDto>("POST", `/api/invites/${token}/accept`),
    onSuccess: ({ teamId }) => {
      router.push(`/teams/${teamId}`);
      router.refresh();
    },
  });
  return (
    <div className="flex flex-col gap-3">
      {accept.error && <Alert tone="error">{accept.error.message}</Alert>}
      <div>
        <Button onClick={() => accept.mutate()} disabled={accept.isPending || accept.isSuccess}>
          {accept.isPending || accept.isSuccess ? "Joining…" : `Join ${teamName}`}
        </Button>
      </div>
    </div>
  );
}
