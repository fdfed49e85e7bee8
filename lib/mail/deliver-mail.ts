import "server-only";
import { db } from "@/lib/db";
import { mailSettings } from "@/lib/mail/mail-settings";
import { claimDueMail } from "@/lib/mail/claim-mail";
import { createMailTransport, type MailTransport } from "@/lib/mail/mail-transport";
import { nextAttemptAfter } from "@/lib/mail/retry-schedule";

export type DeliveryRun = { claimed: number; sent: number; retrying: number; failed: number };

/**
 * Sends the due messages of the outbox once: each try is recorded (MailAttempt), a failure is
 * retried later on the schedule of lib/mail/retry-schedule.ts and marked FAILED after the last.
 */
export async function deliverDueMail({
  worker,
  now = new Date(),
  limit = 50,
  transport,
}: { worker: string; now?: Date; limit?: number; transport?: MailTransport }): Promise<DeliveryRun> {
  const settings = mailSettings();
  const run: DeliveryRun = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  if (!settings.enabled && !transport) return run;
  const messages = await claimDueMail({ worker, now, limit });
  run.claimed = messages.length;
  if (messages.length === 0) return run;
  const smtp = transport ?? createMailTransport(settings.smtpUrl!);
  try {
    for (const message of messages) {
      const startedAt = new Date();
      let error: string | null = null;
      try {
        await smtp.send({ from: settings.from ?? "fzbg@localhost", to: message.to, subject: message.subject, text: message.text, html: message.html });
      } catch (cause) {
        error = describeMailError(cause);
      }
      const attempts = message.attempts + 1;
      const retryAt = error ? nextAttemptAfter(attempts, now) : null;
      const status = error === null ? "SENT" : retryAt ? "PENDING" : "FAILED";
      await db.$transaction([
        db.mailAttempt.create({ data: { messageId: message.id, worker, ok: error === null, error, startedAt, durationMs: Date.now() - startedAt.getTime() } }),
        // Only the worker holding the claim records the outcome.
        db.mailMessage.updateMany({
          where: { id: message.id, claimedBy: worker, status: "SENDING" },
          data: { status, attempts, lastError: error, sentAt: error ? null : new Date(), nextAttemptAt: retryAt ?? now, claimedBy: null, claimedAt: null },
        }),
      ]);
      if (status === "SENT") run.sent += 1;
      else if (status === "PENDING") run.retrying += 1;
      else run.failed += 1;
    }
  } finally {
    if (!transport) smtp.close();
  }
  return run;
}

function describeMailError(cause: unknown): string {
  const text = cause instanceof Error ? `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}` : String(cause);
  return text.slice(0, 500);
}
