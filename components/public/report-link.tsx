import type { ComponentProps } from "react";

/**
 * A link to a public report page or one of its versions. A plain <a>, not next/link: the
 * current text is served by the Pages Router without React (pages/reports/[year]/[unit].tsx),
 * which the App Router could only prefetch in vain and then load as a new document anyway; and
 * the report's pages link to each other from both routers.
 */
export function ReportLink(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
