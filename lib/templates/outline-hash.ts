import { createHash } from "node:crypto";
import type { TemplateSectionDef } from "@/lib/reports/template";

/** Names the outline the editor started from, so a save over someone else's newer save is refused. */
export function outlineHash(sections: TemplateSectionDef[]): string {
  return createHash("sha256").update(JSON.stringify(sections)).digest("hex").slice(0, 16);
}
