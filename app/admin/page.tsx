import { redirect } from "next/navigation";

/** The admin area opens on the content editor. */
export default function AdminHome() {
  redirect("/admin/content");
}
