import Link from "next/link";

/** The header's way to the inbox; the number is the user's unread count, hidden at zero. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `通知，${unread} 条未读` : "通知，没有未读"}
      className="inline-flex items-center gap-1.5 text-stone-700 hover:text-stone-950 hover:underline"
    >
      通知
      {unread > 0 ? (
        <span data-testid="notification-count" className="min-w-5 rounded-full bg-brand-700 px-1.5 py-0.5 text-center text-xs font-semibold leading-none text-white">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
