import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AdminNav } from "@/components/admin/admin-nav";

// The nav only; every admin page and action checks admin:manage itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="space-y-6">
      {user && can(user, "admin:manage") ? <AdminNav /> : null}
      {children}
    </div>
  );
}
