import Link from "next/link";

/** What to show when a filter matches nothing, with a way out. */
export function EmptyList({ message, hint, link }: { message: string; hint: string; link: { label: string; href: string } }) {
  return (
    <div className="rounded-md border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <p className="text-base text-stone-900">{message}</p>
      <p className="mt-2 text-sm text-stone-600">{hint}</p>
      <p className="mt-4">
        <Link href={link.href} className="rounded-sm text-sm text-brand-800 underline underline-offset-4">
          {link.label}
        </Link>
      </p>
    </div>
  );
}
