"use client";

import { Button } from "@/components/ui/button";

/** "Archive <name>" or "Restore <name>": flips a row's status (learners' records stay either way). */
export function StatusButton({ status, name, onChange, disabled }: {
  status: "ACTIVE" | "ARCHIVED";
  name: string;
  onChange: (status: "ACTIVE" | "ARCHIVED") => void;
  disabled?: boolean;
}) {
  const archiving = status === "ACTIVE";
  return (
    <Button
      variant={archiving ? "ghost" : "secondary"}
      aria-label={`${archiving ? "Archive" : "Restore"} ${name}`}
      disabled={disabled}
      onClick={() => onChange(archiving ? "ARCHIVED" : "ACTIVE")}
    >
      {archiving ? "Archive" : "Restore"}
    </Button>
  );
}
