"use server";

import { signOut } from "@/lib/auth";

/** Signs the caller out and returns them to the home page. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
