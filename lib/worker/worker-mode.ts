/** Whether this server process runs the mail and reminder worker (WORKER, README: 通知与邮件). */
export function shouldStartWorker(worker: "on" | "off", phase: string | undefined): boolean {
  return worker === "on" && phase !== "phase-production-build";
}
