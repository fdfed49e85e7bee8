import { z } from "zod";
import "@/lib/validation/zod-locale";
import { defaultSqliteUrl } from "@/lib/database-provider";

/** Works on a developer's machine and in tests; refused in production (README: 环境变量). */
export const developmentSecret = "dev-only-secret-change-me-in-production";
export const minProductionSecretLength = 32;

// What each variable must look like, said once in Chinese and once in English, so the message
// at start names the variable and what to put there. Values are never echoed: some hold secrets.
const expectations = {
  DATABASE_URL: [
    "应为以 file: 开头的 SQLite 文件（如 file:./data/app.db）或以 postgresql:// 开头的 PostgreSQL 地址",
    "expected a SQLite file URL starting with file: (e.g. file:./data/app.db) or a PostgreSQL URL starting with postgresql://",
  ],
  NEXTAUTH_SECRET: [
    `生产环境必须设置，至少 ${minProductionSecretLength} 个字符的随机字符串，不能用内置的开发密钥（生成：openssl rand -base64 32）；开发和测试环境至少 16 个字符`,
    `required in production: a random string of at least ${minProductionSecretLength} characters, not the built-in development secret (generate: openssl rand -base64 32); at least 16 characters elsewhere`,
  ],
  NEXTAUTH_URL: ["应为网站的完整地址，如 https://fzbg.example.gov.cn", "expected the site's full URL, e.g. https://fzbg.example.gov.cn"],
  SITE_URL: ["应为公开网站的完整地址，如 https://fzbg.example.gov.cn", "expected the public site's full URL, e.g. https://fzbg.example.gov.cn"],
  APP_INTERNAL_URL: ["应为应用本身的监听地址，如 http://127.0.0.1:3000", "expected the app's own listening URL, e.g. http://127.0.0.1:3000"],
  NODE_ENV: ["应为 production、development 或 test", "expected production, development or test"],
  PORT: ["应为 1–65535 之间的整数", "expected an integer between 1 and 65535"],
  SESSION_IDLE_SECONDS: ["应为不小于 10 的整数（秒），默认 1800", "expected an integer of at least 10 (seconds), default 1800"],
  SESSION_MAX_SECONDS: ["应为不小于 60 的整数（秒），默认 43200", "expected an integer of at least 60 (seconds), default 43200"],
  SMTP_URL: ["应为邮件服务器地址，如 smtp://用户名:密码@mail.example.gov.cn:25 或 smtps://…:465；不设则不发邮件", "expected the mail server's URL, e.g. smtp://user:pass@mail.example.gov.cn:25 or smtps://…:465; unset: no e-mail"],
  MAIL_FROM: ["应为发件地址，如 法治年报 <fzbg@example.gov.cn>；设置了 SMTP_URL 时必须设置", "expected the sender, e.g. 法治年报 <fzbg@example.gov.cn>; required with SMTP_URL"],
  REDIS_URL: ["应为 Redis 地址，如 redis://127.0.0.1:6379 或 rediss://…；多个应用实例时设置，让它们共用页面缓存；单个实例不必设置", "expected a Redis URL, e.g. redis://127.0.0.1:6379 or rediss://…; set it for several app instances to share their page cache; one instance needs none"],
  WORKER: ["应为 on 或 off（off：本实例不发邮件和提醒，由 npm run worker 另行运行）", "expected on or off (off: this instance sends no mail or reminders; run npm run worker separately)"],
} as const;

type Variable = keyof typeof expectations;

const httpUrl = z.string().refine((value) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
});

const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^(file:.+|postgres(ql)?:\/\/.+)$/).default(defaultSqliteUrl),
  NEXTAUTH_SECRET: z.string().min(16).default(developmentSecret),
  NEXTAUTH_URL: httpUrl.optional(),
  /** The public site's origin, for links that leave the site (QR codes, feeds); NEXTAUTH_URL when unset. */
  SITE_URL: httpUrl.optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Where the app reaches itself to refresh its cached report pages (lib/public/report-pages.ts):
   * the address `next start` listens on, loopback and PORT unless set.
   */
  APP_INTERNAL_URL: httpUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** A session ends after this long without a request (等保 2.0: 30 minutes); shorter in tests. */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(10).default(1800),
  /** A session ends this long after sign-in whatever its activity (12 hours). */
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).default(43200),
  /** Mail is off when unset: notifications stay in the app (lib/mail/mail-settings.ts). */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/).optional(),
  MAIL_FROM: z.string().regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/).optional(),
  /** Several instances: their page cache in Redis (cache-handler.mjs), sessions read from the database. */
  REDIS_URL: z.string().regex(/^rediss?:\/\/[^\s]+$/).optional(),
  /** The mail and reminder worker runs inside `npm start` unless off (lib/worker/worker-mode.ts). */
  WORKER: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof envSchema>;
export type EnvSource = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(readonly variables: Variable[]) {
    super(
      [
        "环境变量设置有误，应用无法启动 / Invalid environment variables, the app cannot start:",
        ...variables.map((name) => `- ${name}：${expectations[name][0]}。/ ${name}: ${expectations[name][1]}.`),
      ].join("\n"),
    );
    this.name = "EnvError";
  }
}

/**
 * Validates the environment. `isBuild`: `next build` loads the app's modules to collect pages
 * but serves nobody, so it does not need the production secret (the build machine need not
 * know it).
 */
export function parseEnv(source: EnvSource, { isBuild = false } = {}): Env {
  const input = Object.fromEntries(Object.keys(envSchema.shape).map((name) => [name, source[name] || undefined]));
  const parsed = envSchema.safeParse(input);
  const wrong = new Set<Variable>();
  for (const issue of parsed.error?.issues ?? []) wrong.add(issue.path[0] as Variable);
  if (parsed.success && parsed.data.NODE_ENV === "production" && !isBuild) {
    const secret = parsed.data.NEXTAUTH_SECRET;
    if (secret === developmentSecret || secret.length < minProductionSecretLength) wrong.add("NEXTAUTH_SECRET");
  }
  if (parsed.success && parsed.data.SMTP_URL && !parsed.data.MAIL_FROM) wrong.add("MAIL_FROM");
  if (!parsed.success || wrong.size > 0) {
    const order = Object.keys(expectations) as Variable[];
    throw new EnvError(order.filter((name) => wrong.has(name)));
  }
  return parsed.data;
}
