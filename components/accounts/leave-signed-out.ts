"use client";

import { signOut } from "next-auth/react";

/**
 * After the server ended this session (sign out everywhere, account
 * deletion): clear the cookie through Auth.js and load the home page. The
 * destination is a path of this page's own origin, not the absolute URL
 * Auth.js would compute from its idea of the host.
 */
export async function leaveSignedOut(): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign("/");
}
