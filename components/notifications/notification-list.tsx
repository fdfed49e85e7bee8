import Link from "next/link";
import { formatChineseDateTime } from "@/lib/dates";
import { isInAppPath } from "@/lib/http/in-app-path";
import type { NotificationItem } from "@/lib/notifications/list-notifications";
import { ActionButtonForm } from "@/components/notifications/action-button-form";
import { OpenNotificationForm, type OpenNotificationAction } from "@/components/notifications/open-notification-form";
import { cn } from "@/lib/utils";
import type { ActionResult } from "@/lib/action-result";

type NotificationActions = {
  markRead: (prev: unknown, formData: FormData) => Promise<ActionResult<{ count: number }>>;
  open: OpenNotificationAction;
};

function Title({ item, openAction }: { item: NotificationItem; openAction: OpenNotificationAction }) {
  // A link that is not a path of this site (never written so, but stored text) is shown, not followed.
  if (!isInAppPath(item.link)) return <span className="font-semibold text-stone-900">{item.title}</span>;
  if (!item.readAt) return <OpenNotificationForm action={openAction} id={item.id} to={item.link} title={item.title} />;
  return (
    <Link href={item.link} className="font-medium text-status-submitted underline-offset-4 hover:underline">
      {item.title}
    </Link>
  );
}

/** The inbox, as listNotifications ordered it: unread first, each with its way to act. */
export function NotificationList({ items, actions }: { items: NotificationItem[]; actions: NotificationActions }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => {
        const isUnread = !item.readAt;
        return (
          <li key={item.id} data-testid="notification-item" data-unread={isUnread} className={cn("flex flex-wrap items-start gap-x-4 gap-y-2 px-5 py-4", isUnread && "bg-brand-50/60")}>
            <div className="min-w-0 flex-1 space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                {isUnread ? (
                  <span className="inline-flex items-center gap-1 font-semibold text-brand-700">
                    <span aria-hidden="true" className="size-2 rounded-full bg-brand-700" />
                    未读
                  </span>
                ) : (
                  <span className="sr-only">已读</span>
                )}
                <span className="rounded border border-stone-300 px-1.5 py-0.5">{item.kindLabel}</span>
              </p>
              <Title item={item} openAction={actions.open} />
              {item.body ? <p className="text-stone-700">{item.body}</p> : null}
              <p className="text-xs text-stone-500">
                {item.actorName ? `${item.actorName} · ` : ""}
                <time dateTime={item.createdAt.toISOString()}>{formatChineseDateTime(item.createdAt)}</time>
              </p>
            </div>
            {isUnread ? <ActionButtonForm action={actions.markRead} hidden={{ id: item.id }} label="标为已读" pendingLabel="正在标记…" context={item.title} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
