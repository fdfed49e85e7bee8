// Page furniture a copy from a government portal brings along, recognised line by line:
// navigation, breadcrumbs, metadata, counters, font and print controls, share bars, QR-code
// prompts, links to other articles, site footers. What depends on neighbouring lines (a value
// under its label, the signature, a repeated title) is decided in classify-lines.
import { readMetadataLine, type LabelKind } from "@/lib/import/metadata-fields";
import { matchForm } from "@/lib/import/text-forms";

export type FurnitureMatch = {
  /** What the line was recognised as, in Chinese. */
  reason: string;
  date?: string;
  docNumber?: string;
  awaitsValue?: LabelKind;
};

type Rule = { reason: string; test: (bare: string) => boolean };

const brackets = /[【】[\]()（）<>《》「」|｜/·•:：,，、]/g;

/** The line is made of these words only (and brackets or separators between them). */
function onlyWords(words: string[]): (bare: string) => boolean {
  const pattern = new RegExp(`^(?:${words.join("|")})+$`);
  return (bare) => {
    const words = bare.replace(brackets, "");
    return words.length > 0 && pattern.test(words);
  };
}

const shareTargets = ["微信好友", "微信", "朋友圈", "新浪微博", "腾讯微博", "微博", "QQ空间", "QQ好友", "QQ", "空间", "豆瓣", "人人网", "复制链接", "链接", "钉钉"];

const isShareTargets = onlyWords(shareTargets);
const isSiteLinks = onlyWords(["网站地图", "联系我们", "关于我们", "网站声明", "隐私声明", "使用帮助", "纠错反馈"]);
const fontWords = ["字体大小", "字体", "字号", "大", "中", "小", "默认", "标准", "放大", "缩小", "A\\+", "A-"];
const isFontControl = onlyWords(fontWords);
const isPageTool = onlyWords([
  ...["打印本页", "打印此页", "打印文章", "打印", "关闭本页", "关闭窗口", "关闭", "返回顶部", "回到顶部", "返回列表", "返回"],
  ...["收藏本页", "收藏", "保存本页", "保存", "我要纠错", "纠错", ...fontWords],
]);

const rules: Rule[] = [
  { reason: "导航栏", test: (bare) => /^(部门|街镇|镇街|乡镇|区县|部门街镇|街镇部门)$/.test(bare) },
  {
    reason: "面包屑导航",
    test: (bare) => /^(您(当前)?(所在)?的?位置|当前(所在)?的?位置|所在位置)[:|]?/.test(bare) || /^(网站)?首页[>»›/]/.test(bare),
  },
  {
    reason: "页眉",
    test: (bare) => /^今天是/.test(bare) || (bare.length <= 40 && /\d{4}年\d{1,2}月\d{1,2}日(星期|周)[一二三四五六日天]/.test(bare)),
  },
  { reason: "站点工具栏", test: onlyWords(["无障碍", "简体", "繁体", "长者模式", "长辈版", "关怀版", "适老化", "English", "登录", "注册", "搜索"]) },
  {
    reason: "字体大小",
    test: (bare) => isFontControl(bare) && (/^字体/.test(bare) || /[大中小]|放大|缩小|默认|A[+-]/.test(bare)),
  },
  {
    reason: "打印/关闭",
    test: (bare) => isPageTool(bare) && /打印|关闭|返回|收藏|保存|纠错/.test(bare),
  },
  {
    reason: "分享栏",
    test: (bare) => {
      const rest = bare.replace(/^分享(文章|本文|本页|此页)?(到|至)?[:：]?/, "");
      return (rest !== bare && (rest === "" || isShareTargets(rest))) || isShareTargets(bare);
    },
  },
  { reason: "二维码", test: (bare) => bare.length <= 30 && /扫一扫|扫码|二维码/.test(bare) && !bare.includes("。") },
  { reason: "相关链接", test: (bare) => /^(相关(链接|文章|阅读|新闻|信息|附件|文件|稿件)|延伸阅读|推荐阅读|热点推荐)[:：]?$/.test(bare) },
  { reason: "上一篇/下一篇", test: (bare) => /^(上一篇|下一篇|上一条|下一条)[:：]?/.test(bare) },
  { reason: "公开属性", test: (bare) => /^[(（]此件(公开发布|主动公开|依申请公开|不予公开|删减后公开)[)）]$/.test(bare) },
  {
    reason: "页脚",
    test: (bare) =>
      /^(主办单位|主办|承办单位|承办|网站标识码|版权所有|联系我们|网站地图|技术支持)[:：]/.test(bare) ||
      /ICP备|公网安备/.test(bare) ||
      isSiteLinks(bare),
  },
  // A date standing alone near a portal's heading (a list's date column), not labelled as the document's.
  { reason: "孤立的日期", test: (bare) => /^\d{4}-\d{1,2}-\d{1,2}(\d{1,2}:\d{2}(:\d{2})?)?$/.test(bare) },
];

// The 字号 line the app's own Word export puts above the title: 涪司发〔2024〕3号.
const docNumberLine = /^[\u4e00-\u9fff]{1,12}[〔[［【(（]\d{4}[〕\]］】)）]第?\d{1,5}号$/;

/** The furniture this line is on its own, or null. `text` is already trimmed. */
export function matchFurniture(text: string): FurnitureMatch | null {
  const bare = matchForm(text);
  if (bare === "") return null;
  if (docNumberLine.test(bare)) return { reason: "字号", docNumber: text };
  for (const rule of rules) if (rule.test(bare)) return { reason: rule.reason };
  const metadata = readMetadataLine(text);
  if (metadata) return metadata;
  return null;
}

/** A value on the line under a bare label ("索引号：" then "11500102…"): short, one phrase. */
export function isLabelValue(text: string): boolean {
  const bare = matchForm(text);
  return bare.length > 0 && bare.length <= 40 && !/[。；;]/.test(bare);
}
