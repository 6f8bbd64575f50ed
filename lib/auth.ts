import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/accounts/schema";
import { authenticate, SignInThrottledError } from "@/lib/accounts/sign-in";
import { clientIp } from "@/lib/http/client-ip";
import { createSession, endSession, findSessionUser, renewSession, SESSION_MAX_AGE_SECONDS } from "@/lib/session-store";

/** Wrong email or password; the sign-in page shows one message for both. */
class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

/** Too many failures for the account or the IP; the page says to wait. */
class SignInThrottled extends CredentialsSignin {
  override code = "rate_limited";
}

// Sessions are JWTs in an HttpOnly cookie (Credentials requires it). The token
// carries the user id and a session id; the session is a row in
// user_sessions, looked up with the user on every request (lib/session.ts),
// so deleting the row ends the session everywhere at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  // Linked OAuth accounts and verification tokens, for providers added later.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
  events: {
    // Signing out ends the session on the server, not just the cookie: a copy
    // of the token stops working on its very next request.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, sid: await createSession(user.id) };
      // Every later read (GET /api/auth/session re-issues the cookie): an ended
      // session is dropped and never renewed; a live one slides forward.
      if (typeof token.sub !== "string" || typeof token.sid !== "string") return null;
      const current = await findSessionUser({ sessionId: token.sid, userId: token.sub });
      if (!current) return null;
      await renewSession(current.sessionId);
      return { ...token, name: current.name, email: current.email };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
