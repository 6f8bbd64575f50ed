import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findSessionUser } from "@/lib/accounts/data";
import { signInSchema } from "@/lib/accounts/schema";
import { authenticate, clientIp, SignInThrottledError } from "@/lib/accounts/sign-in";

/** Wrong email or password; the sign-in page shows one message for both. */
class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

/** Too many failures for the account or the IP; the page says to wait. */
class SignInThrottled extends CredentialsSignin {
  override code = "rate_limited";
}

// Sessions are JWTs in an HttpOnly cookie (Credentials requires it). The token
// carries the user id and the time of sign-in; every request re-checks both
// against the database (lib/session.ts), which makes sessions revocable.
export const { handlers, auth, signIn, signOut } = NextAuth({
  // Linked OAuth accounts and verification tokens, for providers added later.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  secret: env.AUTH_SECRET,
  trustHost: true,
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        try {
          const user = await authenticate(parsed.data, clientIp(request.headers));
          if (!user) throw new InvalidCredentials();
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (error instanceof SignInThrottledError) throw new SignInThrottled();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, authAt: Date.now() };
      // On later reads (GET /api/auth/session), drop revoked sessions.
      if (!token.sub || typeof token.authAt !== "number") return null;
      const current = await findSessionUser(token.sub, new Date(token.authAt));
      return current ? { ...token, name: current.name, email: current.email } : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
