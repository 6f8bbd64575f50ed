import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { safeCallbackPath, signInErrorMessage } from "@/lib/accounts/messages";
import { AuthCard } from "@/components/accounts/auth-card";
import { SignInForm } from "@/components/accounts/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackPath = safeCallbackPath(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  // Auth.js redirects here with ?error=…&code=… when a form post fails without JavaScript.
  const code = typeof query.code === "string" ? query.code : query.error ? "invalid_credentials" : null;
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New here?{" "}
          <Link href={callbackPath === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackPath)}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackPath={callbackPath} initialError={signInErrorMessage(code)} />
    </AuthCard>
  );
}
