import { getAppHealth } from "@/lib/ops/get-app-health";

// Polled by nginx and monitoring: no sign-in, never cached, 503 when the app cannot work.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getAppHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
