// `npm run worker`: the mail and reminder worker on its own, for deployments that run several
// app instances with WORKER=off (README: 通知与邮件). Stops cleanly on Ctrl-C or SIGTERM.
import { env } from "@/lib/env";
import { mailSettings } from "@/lib/mail/mail-settings";
import { startWorker } from "@/lib/worker/start-worker";

const worker = startWorker();
console.log(`[worker] 已启动（${worker.id}），数据库 ${env.DATABASE_URL.startsWith("file:") ? "SQLite" : "PostgreSQL"}，邮件${mailSettings().enabled ? "已开启" : "未配置（仅站内通知）"}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
setInterval(() => {}, 1 << 30);
