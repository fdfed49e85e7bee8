import { PublicPageFrame } from "@/components/public/public-page-frame";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicPageFrame>{children}</PublicPageFrame>;
}
