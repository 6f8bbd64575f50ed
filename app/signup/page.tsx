import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { safeCallbackPath } from "@/lib/accounts/messages";
import { AuthCard } from "@/components/accounts/auth-card";
import { SignUpForm } from "@/components/accounts/sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  // An invite link sends people here with ?callbackUrl=/invites/…: they come back after signing up.
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const signInHref = callbackPath === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackPath)}`;
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{" "}
          <Link href={signInHref} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackPath={callbackPath} />
    </AuthCard>
  );
}
