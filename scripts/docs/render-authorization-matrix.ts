// Renders the authorization matrix (tests/authorization/matrix.ts) as docs/authorization-matrix.md.
// Pure, so the docs test can compare the committed file with what the table says now.
import { actorKeys, entryKey, matrix, type ActorKey, type EntryPoint, type MatrixRow, type Outcome } from "@/tests/authorization/matrix";
import { actorColumns, designRules } from "@/tests/authorization/design-rules";

const actorLabels: Record<ActorKey, string> = {
  signedOut: "未登录",
  clerkOwnUnit: "本单位填报人",
  clerkOtherUnit: "另一单位填报人",
  unitHeadOwnUnit: "本单位负责人",
  reviewer: "审核人",
  admin: "管理员",
};

const outcomeLabels: Record<Outcome, string> = {
  ok: "✅ 允许",
  login: "🔑 须登录",
  notFound: "∅ 不存在",
  forbidden: "⛔ 无权",
  invalid: "⏸ 状态不允许",
};

const outcomeMeanings: Record<Outcome, string> = {
  ok: "执行成功：HTTP 2xx/304，server action 返回 `{ ok: true }` 或跳转到结果页",
  login: "要求登录：跳转到 /login、HTTP 401，或 server action 返回 `UNAUTHENTICATED`",
  notFound: "当作不存在：HTTP 404，或返回 `NOT_FOUND`（不透露该内容是否存在）",
  forbidden: "角色无权：HTTP 403，或返回 `FORBIDDEN`",
  invalid: "角色有权，但对象当前的状态不允许（如 `INVALID_TRANSITION`）",
};

/** The URL path a route file serves: route groups dropped, pages/api kept as /api/…. */
export function routePath(file: string): string {
  if (file.startsWith("pages/")) return file.replace(/^pages/, "").replace(/\.[a-z]+$/, "").replace(/\/index$/, "") || "/";
  return (
    file
      .replace(/^app/, "")
      .replace(/\/route\.[a-z]+$/, "")
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .join("/") || "/"
  );
}

function describeEntry(entry: EntryPoint): string {
  if (entry.kind === "action") return `\`${entry.name}\`<br><sub>${entry.file}</sub>`;
  const method = entry.method === "*" ? "POST" : entry.method;
  return `\`${method} ${routePath(entry.file)}\`<br><sub>${entry.file}</sub>`;
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

export function renderAuthorizationMatrix(rows: readonly MatrixRow[] = matrix): string {
  const entries = new Set(rows.map((r) => entryKey(r.entry)));
  const actions = new Set(rows.filter((r) => r.entry.kind === "action").map((r) => entryKey(r.entry)));
  const lines = [
    "# 权限矩阵（authorization matrix）",
    "",
    "<!-- 由 `npm run docs:authz` 从 tests/authorization/matrix.ts 生成，请勿手工修改。 -->",
    "",
    `每个 server action 和 route handler（路由处理程序）对各类调用者的结果。共 **${entries.size} 个入口**（${actions.size} 个 server action，${entries.size - actions.size} 个路由处理程序），**${rows.length} 行**（同一入口在不同状态下可有多行）× ${actorKeys.length} 类调用者 = **${rows.length * actorKeys.length} 格**。`,
    "",
    "- `tests/authorization/entry-points.test.ts` 从源代码列出全部入口（`\"use server\"` 文件的每个导出、内联的 `\"use server\"` 函数、`app/**/route.ts` 导出的每个 HTTP 方法、`pages/api/*`），表中缺少的或表中已不存在的入口会逐个列出并使测试失败。",
    "- `tests/authorization/design-rules.test.ts` 检查每一格都符合 DESIGN.md §3。",
    "- `tests/e2e/authorization-matrix.spec.ts` 对构建好的应用，以每类调用者的身份，通过真实入口（server action 与浏览器一样 POST 到页面并带 `Next-Action` 头）逐格发送请求并核对结果；被拒绝的请求还要确认数据库没有任何变化。",
    "",
    "## 结果",
    "",
    row(["标记", "含义"]),
    row(["---", "---"]),
    ...(Object.keys(outcomeLabels) as Outcome[]).map((o) => row([outcomeLabels[o], outcomeMeanings[o]])),
    "",
    "## 调用者与 DESIGN.md §3 的列",
    "",
    row(["调用者", "对应 §3 的列"]),
    row(["---", "---"]),
    ...actorKeys.map((a) => row([actorLabels[a], actorColumns[a]])),
    "",
    "“本单位”指请求所涉报告的填报单位。没有会话 cookie 的请求先被 `proxy.ts` 送去登录（发到别的页面的 server action 也会被 Next 转发到它自己的页面，同样经过 `proxy.ts`）；因此“未登录”一列的每个 server action 还要用一个登录后又被停用的账号的 cookie 再发送一次——`proxy.ts` 放行，只有 action 自己的检查能拒绝——结果也必须是“须登录”，且数据库不变。",
    "",
    "## 矩阵",
    "",
    row(["入口", "作用对象", ...actorKeys.map((a) => actorLabels[a]), "§3 规则"]),
    row(["---", "---", ...actorKeys.map(() => "---"), "---"]),
    ...rows.map((r) => row([describeEntry(r.entry), r.given + (r.note ? `<br><sub>${r.note}</sub>` : ""), ...actorKeys.map((a) => outcomeLabels[r.expect[a]]), `\`${r.rule}\``])),
    "",
    "## §3 规则",
    "",
    row(["规则", "DESIGN.md §3"]),
    row(["---", "---"]),
    ...Object.entries(designRules).map(([key, rule]) => row([`\`${key}\``, rule.design])),
    "",
  ];
  return lines.join("\n");
}
