import "server-only";
import os from "node:os";
import { deliverDueMail } from "@/lib/mail/deliver-mail";
import { runReminders } from "@/lib/reminders/run-reminders";

export type WorkerHandle = { id: string; stop(): Promise<void> };

/**
 * The background worker: sends due mail every few seconds and computes the deadline reminders
 * every few minutes. Several instances may run it at once (lib/mail/claim-mail.ts,
 * lib/reminders/run-reminders.ts keep them from doing anything twice). A failing run is logged
 * and tried again on the next tick; it never stops the server.
 */
export function startWorker({ mailEveryMs = 10_000, remindersEveryMs = 10 * 60_000, log = console } = {}): WorkerHandle {
  const id = `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let lastReminders = 0;

  const tick = async () => {
    try {
      const mail = await deliverDueMail({ worker: id });
      if (mail.claimed) log.info(`[worker] 邮件：发送 ${mail.sent}，待重试 ${mail.retrying}，失败 ${mail.failed}`);
    } catch (error) {
      log.error("[worker] 发送邮件出错", error);
    }
    if (Date.now() - lastReminders >= remindersEveryMs) {
      lastReminders = Date.now();
      try {
        const run = await runReminders();
        if (run.notifications) log.info(`[worker] 截止提醒：${run.unitReminders} 个单位，${run.notifications} 条通知`);
      } catch (error) {
        log.error("[worker] 计算截止提醒出错", error);
      }
    }
  };
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(tick);
  }, mailEveryMs);
  timer.unref();
  running = running.then(tick);
  return {
    id,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
