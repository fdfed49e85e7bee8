import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { returnReport } from "@/lib/reports/return-report";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead, markReportNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { getNotificationSettings, saveNotificationSettings } from "@/lib/notifications/notification-settings";
import { kindsByRole } from "@/lib/notifications/kinds";
import { createReport, createWorld, type World } from "../factories";

/** A submitted report of the world's clerk, returned by the reviewer with one comment. */
async function returnedReport(world: World) {
  const { id, version } = await createReport(world, { submit: true });
  await returnReport({ actor: world.reviewer, reportId: id, version, comment: "请补充年度执法数据。" });
  return id;
}

/** A notification written directly, for rows no command would make in the test's state. */
function note(userId: string, reportId: string | null, title = "测试通知") {
  return db.notification.create({ data: { userId, kind: "URGED", reportId, title, link: "/workspace" } });
}

describe("notification inbox", () => {
  it("tells the clerk their report was returned, unread, with a link to the report", async () => {
    const world = await createWorld();
    const reportId = await returnedReport(world);

    const inbox = await listNotifications({ actor: world.clerk });
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ kind: "RETURNED", kindLabel: "报告被退回修改", link: `/workspace/reports/${reportId}`, readAt: null, actorName: world.reviewer.name });
    expect(inbox.items[0].title).toContain("退回");
    expect(await countUnreadNotifications(world.clerk.id)).toBe(1);

    // The other unit hears nothing; the reviewer was told of the submission, not of their own return.
    expect(await countUnreadNotifications(world.otherClerk.id)).toBe(0);
    const reviewerInbox = await listNotifications({ actor: world.reviewer });
    expect(reviewerInbox.items.map((i) => i.kind)).toEqual(["SUBMITTED"]);
    expect(reviewerInbox.items[0].link).toBe(`/review/reports/${reportId}`);
  });

  it("lists unread first, then newest first", async () => {
    const world = await createWorld();
    const older = await note(world.clerk.id, null, "较早的已读通知");
    await markNotificationsRead({ actor: world.clerk, ids: [older.id] });
    await db.notification.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() + 60_000) } });
    const unread = await note(world.clerk.id, null, "未读通知");
    const { items } = await listNotifications({ actor: world.clerk });
    expect(items.map((i) => i.id)).toEqual([unread.id, older.id]);
  });

  it("marks only the user's own notifications read: another user's id changes nothing", async () => {
    const world = await createWorld();
    await returnedReport(world);
    const [mine] = (await listNotifications({ actor: world.clerk })).items;

    expect(await markNotificationsRead({ actor: world.otherClerk, ids: [mine.id] })).toBe(0);
    expect(await markNotificationsRead({ actor: world.otherClerk, all: true })).toBe(0);
    expect(await countUnreadNotifications(world.clerk.id)).toBe(1);

    expect(await markNotificationsRead({ actor: world.clerk, ids: [mine.id] })).toBe(1);
    expect(await countUnreadNotifications(world.clerk.id)).toBe(0);
    // Reading again is not a change.
    expect(await markNotificationsRead({ actor: world.clerk, ids: [mine.id] })).toBe(0);
    expect(await markNotificationsRead({ actor: world.clerk })).toBe(0);
  });

  it("marks all of the user's notifications read and leaves everyone else's", async () => {
    const world = await createWorld();
    await note(world.clerk.id, null);
    await note(world.clerk.id, null);
    const theirs = await note(world.otherClerk.id, null);

    expect(await markNotificationsRead({ actor: world.clerk, all: true })).toBe(2);
    expect(await countUnreadNotifications(world.clerk.id)).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("reads what was said about one report when its page is opened, and nothing else", async () => {
    const world = await createWorld();
    const reportId = await returnedReport(world);
    const elsewhere = await note(world.clerk.id, null, "催报");

    expect(await markReportNotificationsRead({ actor: world.otherClerk, reportId })).toBe(0);
    expect(await countUnreadNotifications(world.clerk.id)).toBe(2);

    expect(await markReportNotificationsRead({ actor: world.clerk, reportId })).toBe(1);
    const rows = await db.notification.findMany({ where: { userId: world.clerk.id }, select: { id: true, readAt: true, reportId: true } });
    expect(rows.find((r) => r.reportId === reportId)!.readAt).not.toBeNull();
    expect(rows.find((r) => r.id === elsewhere.id)!.readAt).toBeNull();
  });

  it("keeps only the e-mail choices of kinds the user's role receives, audited", async () => {
    const world = await createWorld();
    await saveNotificationSettings({ actor: world.clerk, emailKinds: ["RETURNED", "SUBMITTED", "NO_SUCH_KIND"] });

    const settings = await getNotificationSettings(world.clerk);
    expect(settings.kinds.map((k) => k.kind)).toEqual([...kindsByRole.CLERK]);
    expect(settings.kinds.filter((k) => k.email).map((k) => k.kind)).toEqual(["RETURNED"]);
    expect(settings.email).toBeNull();

    const stored = await db.notificationPreference.findMany({ where: { userId: world.clerk.id }, select: { kind: true, email: true } });
    expect(stored.map((p) => p.kind).sort()).toEqual([...kindsByRole.CLERK].sort());
    expect(stored.filter((p) => p.email).map((p) => p.kind)).toEqual(["RETURNED"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "NOTIFICATION_SETTINGS_UPDATED", actorId: world.clerk.id }, select: { data: true } });
    expect(audit.data).toEqual({ emailKinds: ["RETURNED"] });

    // A reviewer's SUBMITTED stays, a clerk's RETURNED is dropped; saving again replaces the choice.
    await saveNotificationSettings({ actor: world.reviewer, emailKinds: ["SUBMITTED", "RETURNED"] });
    const reviewer = await getNotificationSettings(world.reviewer);
    expect(reviewer.kinds.filter((k) => k.email).map((k) => k.kind)).toEqual(["SUBMITTED"]);
    await saveNotificationSettings({ actor: world.clerk, emailKinds: [] });
    expect((await getNotificationSettings(world.clerk)).kinds.every((k) => !k.email)).toBe(true);
  });
});
