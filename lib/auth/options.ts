import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate, type AuthenticatedUser } from "@/lib/auth/authenticate";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-policy";
import { credentialsSchema } from "@/lib/auth/schemas";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { validateSession } from "@/lib/auth/sessions/validate-session";
import { signOutSession } from "@/lib/auth/sessions/sign-out-session";

export const invalidCredentialsMessage = "账号或密码错误。";
// Shown for any login once its pair or address is over the limit, so it reveals nothing either.
export const throttledMessage = "登录失败次数过多，请 15 分钟后再试。";

// The cookie carries a JWT whose `sid` names a server-side Session row; the row decides whether
// the cookie still counts (lib/auth/sessions/validate-session.ts), so ending the row ends the
// cookie everywhere, and the JWT's own lifetime is only an upper bound.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { login: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error(invalidCredentialsMessage);
        const result = await authenticate(parsed.data);
        if (result.ok) return result.user;
        throw new Error(result.reason === "LOCKED" ? throttledMessage : invalidCredentialsMessage);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as AuthenticatedUser;
        token.sub = u.id;
        token.sid = u.sessionToken;
        token.role = u.role;
        token.unitId = u.unitId;
        token.districtId = u.districtId;
        return token;
      }
      // /api/auth/session: an ended session is no session. Throwing makes next-auth answer {}
      // and clear the cookie; the check does not count as activity, so polling this endpoint
      // cannot keep a copied cookie alive.
      const session = token.sid ? await validateSession({ token: token.sid, touch: false }) : null;
      if (!session) throw new Error("会话已结束");
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub!;
        session.user.role = token.role;
        session.user.unitId = token.unitId;
        session.user.districtId = token.districtId;
      }
      return session;
    },
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await signOutSession({ token: token.sid });
    },
  },
};
