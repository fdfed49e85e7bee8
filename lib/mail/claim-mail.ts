import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { databaseProvider } from "@/lib/database-provider";
import { claimExpiresMs } from "@/lib/mail/retry-schedule";

export type ClaimedMail = { id: string; to: string; subject: string; text: string; html: string; attempts: number };

/**
 * Takes up to `limit` due messages for this worker. On PostgreSQL the rows are locked with
 * FOR UPDATE SKIP LOCKED, so two instances take disjoint sets without waiting on each other; on
 * SQLite (one writer) each row is taken by a conditional update that only one worker can win.
 */
export async function claimDueMail({ worker, now, limit }: { worker: string; now: Date; limit: number }): Promise<ClaimedMail[]> {
  const staleBefore = new Date(now.getTime() - claimExpiresMs);
  if (databaseProvider(env.DATABASE_URL) === "postgresql") {
    return db.$queryRaw<ClaimedMail[]>`
      UPDATE "MailMessage" SET "status" = 'SENDING', "claimedBy" = ${worker}, "claimedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "MailMessage"
        WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now}) OR ("status" = 'SENDING' AND "claimedAt" < ${staleBefore})
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "to", "subject", "text", "html", "attempts"`;
  }
  const due = { OR: [{ status: "PENDING", nextAttemptAt: { lte: now } }, { status: "SENDING", claimedAt: { lt: staleBefore } }] };
  const candidates = await db.mailMessage.findMany({ where: due, orderBy: { nextAttemptAt: "asc" }, take: limit, select: { id: true } });
  const claimed: string[] = [];
  for (const { id } of candidates) {
    const taken = await db.mailMessage.updateMany({ where: { id, ...due }, data: { status: "SENDING", claimedBy: worker, claimedAt: now } });
    if (taken.count === 1) claimed.push(id);
  }
  if (claimed.length === 0) return [];
  return db.mailMessage.findMany({
    where: { id: { in: claimed }, claimedBy: worker },
    orderBy: { nextAttemptAt: "asc" },
    select: { id: true, to: true, subject: true, text: true, html: true, attempts: true },
  });
}
