import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; unitId: string | null; districtId: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The server-side session's token (only its hash is stored); see lib/auth/sessions. */
    sid?: string;
    role: Role;
    unitId: string | null;
    districtId: string;
  }
}
