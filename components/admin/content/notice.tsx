"use client";

import { useCallback, useState } from "react";
import { Alert } from "@/components/ui/alert";

export type Notice = { tone: "success" | "error"; text: string } | null;

/** The editor's last outcome ("Saved.", or the server's error), announced by its live region. */
export function useNotice() {
  const [notice, setNotice] = useState<Notice>(null);
  const saved = useCallback((text: string) => setNotice({ tone: "success", text }), []);
  const failed = useCallback((error: unknown) => setNotice({ tone: "error", text: error instanceof Error ? error.message : "Something went wrong." }), []);
  return { notice, saved, failed };
}

export function NoticeArea({ notice }: { notice: Notice }) {
  return <div className="min-h-0">{notice && <Alert tone={notice.tone}>{notice.text}</Alert>}</div>;
}
