"use server";

import { signOut } from "@/lib/auth";

/** Signs the caller out; the header then loads the home page afresh (its account area is client state). */
export async function signOutAction() {
  await signOut({ redirect: false });
}
