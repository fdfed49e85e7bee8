// A browser's User-Agent as a short Chinese label for the sessions list. Order matters: most
// browsers also claim "Chrome" and "Safari", so the specific names are tried first.

const browsers: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, "微信"],
  [/DingTalk\/([\d]+)/, "钉钉"],
  [/QQBrowser\/([\d]+)/, "QQ 浏览器"],
  [/(?:360SE|360EE|QIHU 360)(?:\/([\d]+))?/, "360 浏览器"],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, "Edge"],
  [/(?:OPR|Opera)\/([\d]+)/, "Opera"],
  [/Firefox\/([\d]+)/, "Firefox"],
  [/(?:Chrome|CriOS)\/([\d]+)/, "Chrome"],
  [/Version\/([\d]+)[\d.]* (?:Mobile\/\S+ )?Safari/, "Safari"],
];

const systems: [RegExp, string][] = [
  [/iPhone/, "iPhone"],
  [/iPad/, "iPad"],
  [/HarmonyOS|OpenHarmony/, "鸿蒙"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/UOS|Deepin/i, "统信 UOS"],
  [/Kylin/i, "麒麟"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function userAgentLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return "未知浏览器";
  let browser: string | null = null;
  for (const [pattern, name] of browsers) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = match[1] ? `${name} ${match[1]}` : name;
      break;
    }
  }
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  if (!browser && !system) return "未知浏览器";
  return [browser ?? "未知浏览器", system].filter(Boolean).join(" · ");
}
