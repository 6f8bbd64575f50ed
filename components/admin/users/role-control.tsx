"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import type { AdminUserDto } from "@/lib/users/schema";
import { sendJson } from "@/components/progress/api-client";
import { Button } from "@/components/ui/button";

/** "Make admin" / "Make learner" for one user; a refused change (the last admin) says why. */
export function RoleControl({ user, self }: { user: Pick<AdminUserDto, "id" | "email" | "role">; self: boolean }) {
  const router = useRouter();
  const change = useMutation({
    mutationFn: (role: "ADMIN" | "LEARNER") => sendJson<AdminUserDto>("PATCH", `/api/admin/users/${user.id}`, { role }),
    // The list is server-rendered; demoting oneself leaves the admin area on the next request.
    onSuccess: () => router.refresh(),
  });
  const next = user.role === "ADMIN" ? "LEARNER" : "ADMIN";
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant={next === "ADMIN" ? "secondary" : "ghost"}
        disabled={change.isPending}
        aria-label={`${next === "ADMIN" ? "Make admin" : "Make learner"}: ${user.email}${self ? " (you)" : ""}`}
        onClick={() => change.mutate(next)}
      >
        {next === "ADMIN" ? "Make admin" : "Make learner"}
      </Button>
      {change.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {change.error.message}
        </p>
      )}
    </div>
  );
}
