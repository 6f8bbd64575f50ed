"use client";

import { useQuery } from "@tanstack/react-query";
import type { MeDto } from "@/lib/accounts/schema";
import { ApiClientError, getJson } from "@/components/progress/api-client";

/**
 * Who is signed in, from GET /api/me (null for a visitor: 401). The catalog
 * pages are the same static document for everyone; this is how their
 * personal parts (the islands) learn who is looking.
 */
export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: async () => {
      try {
        return await getJson<MeDto>("/api/me");
      } catch (error) {
        if (error instanceof ApiClientError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** "Sign in" with a way back to this page. */
export const signInHref = (path: string) => `/signin?callbackUrl=${encodeURIComponent(path)}`;
