// The public pages' few interactive tools — reading preferences (适老化), print, copy link — as
// one small inline script rather than React components: the report page ships no React at all
// (pages/reports/[year]/[unit].tsx), and the App Router pages use the same markup and script.
// The buttons are server-rendered with data attributes; the script listens on the document, so
// it also serves buttons that React mounts later.

export const TEXT_SIZE_STORAGE_KEY = "fazhi-text-size";
export const CONTRAST_STORAGE_KEY = "fazhi-contrast";

/** One reading preference: an attribute on <html> that the CSS reads, kept in localStorage. */
export type PagePreference = { attribute: "textSize" | "contrast"; onValue: string; storageKey: string };

export const pagePreferences: PagePreference[] = [
  { attribute: "textSize", onValue: "large", storageKey: TEXT_SIZE_STORAGE_KEY },
  { attribute: "contrast", onValue: "high", storageKey: CONTRAST_STORAGE_KEY },
];

export const copyLinkMessages = { copied: "链接已复制", failed: "无法自动复制，请手动选择上面的链接" };

type Config = { preferences: PagePreference[]; messages: typeof copyLinkMessages };

/**
 * Runs in the browser, as the head's first script: it must stay self-contained (it is sent as
 * its own source text) and written for every browser the site supports.
 */
export function installPageTools({ preferences, messages }: Config): void {
  const root = document.documentElement;
  const find = (attribute: string | undefined) => preferences.find((p) => p.attribute === attribute);

  // Before the body is parsed, so readers who chose large text never see the page jump.
  try {
    for (const p of preferences) if (localStorage.getItem(p.storageKey) === p.onValue) root.dataset[p.attribute] = p.onValue;
  } catch {
    // Storage refused (private browsing): standard settings.
  }

  const syncSwitches = () => {
    for (const button of Array.from(document.querySelectorAll<HTMLElement>("[data-preference]"))) {
      const p = find(button.dataset.preference);
      if (!p) continue;
      const isOn = root.dataset[p.attribute] === p.onValue;
      const pressed = String((button.dataset.value === "on") === isOn);
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    }
  };

  const setPreference = (p: PagePreference, on: boolean) => {
    if (on) root.dataset[p.attribute] = p.onValue;
    else delete root.dataset[p.attribute];
    try {
      if (on) localStorage.setItem(p.storageKey, p.onValue);
      else localStorage.removeItem(p.storageKey);
    } catch {
      // The switch still works for this page.
    }
    syncSwitches();
  };

  const copyLink = async (button: HTMLElement) => {
    const status = button.parentElement?.querySelector("[data-copy-status]");
    try {
      await navigator.clipboard.writeText(button.dataset.url ?? location.href);
      if (status) status.textContent = messages.copied;
    } catch {
      if (status) status.textContent = messages.failed;
    }
  };

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-preference], [data-action]") : null;
    if (!target) return;
    const p = find(target.dataset.preference);
    if (p) setPreference(p, target.dataset.value === "on");
    else if (target.dataset.action === "print") window.print();
    else if (target.dataset.action === "copy-link") void copyLink(target);
  });

  // The switches are rendered "standard" on the server; mark the reader's choice once they exist,
  // and again whenever React mounts a page with its own switches (client-side navigation).
  const watch = () => {
    syncSwitches();
    new MutationObserver(syncSwitches).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
}

/** The script for <head>, before any stylesheet or body content. */
export const PAGE_TOOLS_SCRIPT = `(${installPageTools.toString()})(${JSON.stringify({ preferences: pagePreferences, messages: copyLinkMessages } satisfies Config)})`;
