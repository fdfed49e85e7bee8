import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitReport } from "@/lib/reports/submit-report";
import { returnReport } from "@/lib/reports/return-report";
import { approveReport } from "@/lib/reports/approve-report";
import { deliverDueMail } from "@/lib/mail/deliver-mail";
import { createMailTransport } from "@/lib/mail/mail-transport";
import { maxAttempts } from "@/lib/mail/retry-schedule";
import { resendMail } from "@/lib/mail/failed-mail";
import { writeNotifications } from "@/lib/notifications/write-notifications";
import { createReport, createUser, createWorld, type World } from "../factories";
import { startMailServer, startStallingServer, readMail } from "./mail-server";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function mailServer() {
  const server = await startMailServer();
  closers.push(server.close);
  return server;
}

/** Gives the user an address and asks for e-mail for these kinds. */
async function wantsMail(userId: string, email: string, kinds: string[]) {
  await db.user.update({ where: { id: userId }, data: { email } });
  await db.notificationPreference.createMany({ data: kinds.map((kind) => ({ userId, kind, email: true })) });
}

function outboxOf(email: string) {
  return db.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" }, include: { deliveryAttempts: { orderBy: { startedAt: "asc" } } } });
}

async function returned(world: World) {
  const report = await createReport(world, { submit: true });
  await returnReport({ actor: world.reviewer, reportId: report.id, version: report.version, comment: "请补充执法数据。" });
  return report;
}

describe("notifications by e-mail", () => {
  it("mails the clerk who asked for it when a report is returned: recipient, subject, link, no report text", async () => {
    const world = await createWorld();
    await wantsMail(world.clerk.id, "clerk@town.example", ["RETURNED"]);
    const report = await returned(world);

    const inApp = await db.notification.findMany({ where: { userId: world.clerk.id, reportId: report.id } });
    expect(inApp.map((n) => n.kind)).toEqual(["RETURNED"]);
    const server = await mailServer();
    const transport = createMailTransport(server.url);
    closers.push(async () => transport.close());
    const run = await deliverDueMail({ worker: "w1", transport });
    expect(run).toMatchObject({ claimed: 1, sent: 1, failed: 0 });

    expect(server.received).toHaveLength(1);
    const mail = await readMail(server.received[0]);
    expect(mail.to).toEqual(["clerk@town.example"]);
    expect(mail.subject).toContain("退回");
    expect(mail.subject).toContain("《");
    expect(mail.text).toContain(`https://fzbg.example.gov.cn/workspace/reports/${report.id}`);
    expect(mail.html).toContain(`href="https://fzbg.example.gov.cn/workspace/reports/${report.id}"`);
    // Mail leaves the government network: the report's title, never its text or the comment.
    const section = await db.reportSection.findFirstOrThrow({ where: { reportId: report.id, body: { not: "" } }, select: { body: true } });
    expect(mail.text).not.toContain(section.body.slice(0, 20));
    expect(mail.text).not.toContain("请补充执法数据");
    const [row] = await outboxOf("clerk@town.example");
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(row.deliveryAttempts.map((a) => a.ok)).toEqual([true]);
  });

  it("writes no mail for users who chose in-app only or have no address", async () => {
    const world = await createWorld();
    await db.user.update({ where: { id: world.clerk.id }, data: { email: "inapp@town.example" } });
    await returned(world);
    expect(await db.notification.count({ where: { userId: world.clerk.id, kind: "RETURNED" } })).toBe(1);
    expect(await outboxOf("inapp@town.example")).toEqual([]);
  });

  it("lets a submit succeed while the mail server hangs, without touching it; the worker retries and delivers once it is back", async () => {
    const world = await createWorld();
    await wantsMail(world.reviewer.id, "reviewer@district.example", ["SUBMITTED"]);
    const stalling = await startStallingServer();
    closers.push(stalling.close);

    const report = await createReport(world);
    await submitReport({ actor: world.clerk, reportId: report.id });
    // The action only wrote the outbox row: no connection to the mail server was made.
    expect(stalling.connections()).toBe(0);
    const [queued] = await outboxOf("reviewer@district.example");
    expect(queued).toMatchObject({ status: "PENDING", attempts: 0 });

    // The worker meets the hanging server: the try times out and is recorded; the row waits.
    const now = new Date();
    const hanging = createMailTransport(stalling.url, { timeoutMs: 300 });
    const first = await deliverDueMail({ worker: "w1", transport: hanging, now });
    hanging.close();
    expect(first).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    expect(stalling.connections()).toBe(1);
    const [waiting] = await outboxOf("reviewer@district.example");
    expect(waiting.status).toBe("PENDING");
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    expect(waiting.deliveryAttempts.map((a) => a.ok)).toEqual([false]);
    expect(waiting.lastError).toBeTruthy();

    // Not due yet half a minute later; delivered a minute later, once the server is back.
    const server = await mailServer();
    const live = createMailTransport(server.url);
    closers.push(async () => live.close());
    expect(await deliverDueMail({ worker: "w1", transport: live, now: new Date(now.getTime() + 30_000) })).toMatchObject({ claimed: 0 });
    expect(await deliverDueMail({ worker: "w1", transport: live, now: new Date(now.getTime() + 61_000) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(server.received.map((m) => m.to)).toEqual([["reviewer@district.example"]]);
    const [sent] = await outboxOf("reviewer@district.example");
    expect(sent).toMatchObject({ status: "SENT", attempts: 2 });
    expect(sent.deliveryAttempts.map((a) => a.ok)).toEqual([false, true]);
  });

  it("marks a message failed after the last try, and the admin's resend queues it again", async () => {
    const world = await createWorld();
    await wantsMail(world.clerk.id, "failing@town.example", ["APPROVED"]);
    const report = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: report.id, version: report.version });
    const refused = await startStallingServer();
    await refused.close(); // nothing listens on that port any more: connections are refused
    const dead = createMailTransport(refused.url, { timeoutMs: 300 });
    let now = new Date();
    for (let i = 0; i < maxAttempts; i++) {
      await deliverDueMail({ worker: "w1", transport: dead, now });
      const [row] = await outboxOf("failing@town.example");
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    dead.close();
    const [failed] = await outboxOf("failing@town.example");
    expect(failed).toMatchObject({ status: "FAILED", attempts: maxAttempts });
    expect(failed.deliveryAttempts).toHaveLength(maxAttempts);

    await resendMail({ actor: world.admin, id: failed.id });
    const [again] = await outboxOf("failing@town.example");
    expect(again).toMatchObject({ status: "PENDING", attempts: 0 });
    const audit = await db.auditEvent.findFirst({ where: { kind: "MAIL_RESENT", targetId: failed.id } });
    expect(audit?.actorId).toBe(world.admin.id);
  });

  it("sends each message once when two workers run at the same time", async () => {
    const world = await createWorld();
    const users = await Promise.all(Array.from({ length: 12 }, (_, i) => createUser({ districtId: world.district.id, role: "REVIEWER", name: `审核${i}` })));
    for (const [i, user] of users.entries()) await wantsMail(user.id, `r${i}-${world.district.id}@district.example`, ["SUBMITTED"]);
    await db.$transaction((tx) =>
      writeNotifications(
        tx,
        users.flatMap((user) => Array.from({ length: 3 }, (_, n) => ({ userId: user.id, kind: "SUBMITTED" as const, reportId: null, actorId: null, title: `第${n}件`, body: "", link: "/review" }))),
      ),
    );
    const server = await mailServer();
    const [a, b] = [createMailTransport(server.url), createMailTransport(server.url)];
    closers.push(async () => { a.close(); b.close(); });
    // Until the queue is empty (it also holds other tests' messages).
    for (let round = 0; round < 50; round++) {
      const runs = await Promise.all([deliverDueMail({ worker: "A", transport: a, limit: 7 }), deliverDueMail({ worker: "B", transport: b, limit: 7 })]);
      if (runs.every((r) => r.claimed === 0)) break;
    }
    const mine = server.received.filter((m) => m.to[0].endsWith(`-${world.district.id}@district.example`));
    expect(mine).toHaveLength(36);
    const subjects = await Promise.all(mine.map(async (m) => `${m.to[0]} ${(await readMail(m)).subject}`));
    expect(new Set(subjects).size).toBe(36);
    const rows = await db.mailMessage.findMany({ where: { to: { endsWith: `-${world.district.id}@district.example` } }, include: { deliveryAttempts: true } });
    expect(rows.every((r) => r.status === "SENT" && r.deliveryAttempts.length === 1)).toBe(true);
    // PostgreSQL's SKIP LOCKED hands each worker its own rows; SQLite has one writer, and the
    // worker that claims first may take every round.
    const workers = new Set(rows.flatMap((r) => r.deliveryAttempts.map((x) => x.worker)));
    if (process.env.DATABASE_URL?.startsWith("postgres")) expect(workers).toEqual(new Set(["A", "B"]));
    else expect(["A", "B"]).toEqual(expect.arrayContaining([...workers]));
  });
});
