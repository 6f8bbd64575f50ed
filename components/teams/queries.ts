"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, sendJson } from "@/components/progress/api-client";
import type { AssignmentDto, InviteDto, PathSummaryDto, TeamDetailDto } from "@/lib/teams/schema";

// The team pages' reads and writes, all through the JSON API. Every key of a
// team starts with ["team", teamId]: a write invalidates that prefix, so
// members, invites, paths, assignments and progress never disagree on screen.

export const teamKey = (teamId: string) => ["team", teamId] as const;
export const teamUrl = (teamId: string, rest = "") => `/api/teams/${teamId}${rest}`;

export function useTeam(teamId: string, initialData?: TeamDetailDto) {
  return useQuery({ queryKey: teamKey(teamId), queryFn: () => getJson<TeamDetailDto>(teamUrl(teamId)), initialData });
}

export function useInvites(teamId: string, enabled: boolean) {
  return useQuery({ queryKey: [...teamKey(teamId), "invites"], queryFn: () => getJson<InviteDto[]>(teamUrl(teamId, "/invites")), enabled });
}

export function usePaths(teamId: string) {
  return useQuery({ queryKey: [...teamKey(teamId), "paths"], queryFn: () => getJson<PathSummaryDto[]>(teamUrl(teamId, "/paths")) });
}

export function useAssignments(teamId: string) {
  return useQuery({ queryKey: [...teamKey(teamId), "assignments"], queryFn: () => getJson<AssignmentDto[]>(teamUrl(teamId, "/assignments")) });
}

type Method = Parameters<typeof sendJson>[0];

/** A write under the team; on success every query of the team is refetched. */
export function useTeamMutation<TVariables, TResult = unknown>(
  teamId: string,
  request: (variables: TVariables) => { method: Method; path: string; body?: unknown },
  onSuccess?: (result: TResult, variables: TVariables) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => {
      const { method, path, body } = request(variables);
      return sendJson<TResult>(method, teamUrl(teamId, path), body);
    },
    onSuccess: async (result, variables) => {
      onSuccess?.(result, variables);
      await client.invalidateQueries({ queryKey: teamKey(teamId) });
    },
  });
}
