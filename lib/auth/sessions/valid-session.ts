import type { Role } from "@/lib/auth/permissions";

// What a valid session cookie stands for; its own module so the session cache and the validation
// that fills it need not import each other.

export type SessionUser = {
  id: string;
  name: string;
  login: string;
  role: Role;
  unitId: string | null;
  districtId: string;
  unitName: string | null;
  mustChangePassword: boolean;
};

export type ValidSession = { sessionId: string; user: SessionUser };
