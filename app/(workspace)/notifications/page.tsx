import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { listNotifications, notificationPageSize } from "@/lib/notifications/list-notifications";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButtonForm } from "@/components/notifications/action-button-form";
import { SearchPagination } from "@/components/public/search/search-pagination";
import { markAllReadAction, markReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

// A page number from the address bar: anything odd is page 1.
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function NotificationsPage(props: PageProps<"/notifications">) {
  const user = await requireUser();
  const { page: rawPage } = await props.searchParams;
  const page = pageParam.parse(Array.isArray(rawPage) ? rawPage[0] : rawPage);
  const { items, total, unread } = await listNotifications({ actor: user, page });
  const pageCount = Math.max(1, Math.ceil(total / notificationPageSize));

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">通知</h1>
          <p className="mt-1 text-sm text-stone-600" data-testid="notification-summary">
            {total === 0 ? "还没有通知。" : `共 ${total} 条，未读 ${unread} 条。`}
            <Link href="/notifications/settings" className="ml-2 text-status-submitted hover:underline">
              通知设置
            </Link>
          </p>
        </div>
        {unread > 0 ? <ActionButtonForm action={markAllReadAction} label="全部标为已读" pendingLabel="正在标记…" /> : null}
      </div>

      {items.length > 0 ? (
        <NotificationList items={items} actions={{ markRead: markReadAction, open: openNotificationAction }} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {total > 0 ? (
            <>
              这一页没有通知。<Link href="/notifications" className="text-status-submitted hover:underline">回到第一页</Link>
            </>
          ) : (
            "暂时没有通知。报告送审、退回、审核通过、发布或收到新的意见时，会在这里提醒您。"
          )}
        </p>
      )}

      <SearchPagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? "/notifications" : `/notifications?page=${p}`)} />
    </div>
  );
}
