import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate, type AuthenticatedUser } from "@/lib/auth/authenticate";
import { recordLogout } from "@/lib/auth/record-logout";
import { formatChineseDateTime } from "@/lib/dates";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-policy";
import { credentialsSchema } from "@/lib/auth/schemas";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 0 },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { login: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error("账号或密码错误。");
        const result = await authenticate(parsed.data);
        if (result.ok) return result.user;
        if (result.reason === "LOCKED") {
          throw new Error(`连续登录失败次数过多，账号已锁定至 ${formatChineseDateTime(result.lockedUntil!)}，请稍后再试。`);
        }
        throw new Error("账号或密码错误。");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as AuthenticatedUser;
        token.sub = u.id;
        token.role = u.role;
        token.unitId = u.unitId;
        token.districtId = u.districtId;
      }
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
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await recordLogout(token.sub);
    },
  },
};
