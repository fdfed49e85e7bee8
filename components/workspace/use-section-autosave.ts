"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { StoredSection } from "@/lib/reports/save-section";
import { overLimitMessage } from "@/lib/reports/limits";

export type Draft = { title: string; body: string; metrics: Record<string, string> };
/** "too-long": over the schema's limits, so not sent; kept on screen and in localStorage. */
export type SaveState = "saved" | "dirty" | "saving" | "failed" | "too-long";
export type LocalDraft = { draft: Draft; baseVersion: number; savedAt: number };

type SaveFn = (input: { version: number } & Draft) => Promise<ActionResult<{ version: number }>>;

export const autosaveDelayMs = 3000;

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps a section's text safe: every change is copied to localStorage at once, saved to the
 * server a few seconds after typing stops (and when the page is hidden), and never marked saved
 * unless the server confirmed exactly the text on screen. The same server action backs the
 * save button, Ctrl+S and autosave.
 */
export function useSectionAutosave(options: { storageKey: string; initial: Draft; initialVersion: number; canEdit: boolean; saveAction: SaveFn }) {
  const { storageKey, canEdit, saveAction } = options;
  const [draft, setDraftState] = useState<Draft>(options.initial);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [conflict, setConflict] = useState<StoredSection | null>(null);
  const [recovered, setRecovered] = useState<LocalDraft | null>(null);

  const draftRef = useRef(draft);
  const versionRef = useRef(options.initialVersion);
  const inFlight = useRef(false);
  const conflictRef = useRef<StoredSection | null>(null);

  const save = useCallback(async () => {
    if (!canEdit || inFlight.current || conflictRef.current) return;
    const sent = draftRef.current;
    // The server would refuse it anyway; not sending keeps the refusal instant and offline-proof.
    if (overLimitMessage(sent)) {
      setSaveState("too-long");
      return;
    }
    inFlight.current = true;
    setSaveState("saving");
    let result: Awaited<ReturnType<SaveFn>>;
    try {
      result = await saveAction({ version: versionRef.current, ...sent });
    } catch {
      inFlight.current = false;
      setSaveState("failed");
      setMessage("网络连接中断，内容已暂存在本机浏览器中。恢复网络后会自动重试，也可以点“重试”。");
      return;
    }
    inFlight.current = false;
    if (result.ok) {
      versionRef.current = result.data.version;
      setMessage(null);
      setFieldErrors({});
      // Typing during the save leaves the newer text unsaved; the autosave effect picks it up.
      const isCurrent = sameDraft(sent, draftRef.current);
      setSaveState(isCurrent ? "saved" : "dirty");
      if (isCurrent) localStorage.removeItem(storageKey);
      return;
    }
    setSaveState("failed");
    setMessage(result.message);
    setFieldErrors(result.fieldErrors ?? {});
    if (result.code === "CONFLICT") {
      conflictRef.current = result.details as StoredSection;
      setConflict(conflictRef.current);
    }
  }, [canEdit, saveAction, storageKey]);

  const setDraft = useCallback(
    (next: Draft) => {
      draftRef.current = next;
      setDraftState(next);
      setSaveState(overLimitMessage(next) ? "too-long" : "dirty");
      localStorage.setItem(storageKey, JSON.stringify({ draft: next, baseVersion: versionRef.current, savedAt: Date.now() } satisfies LocalDraft));
    },
    [storageKey],
  );

  // Text left in this browser by a save that never reached the server (offline, signed out,
  // closed tab) is offered back rather than silently applied or dropped.
  useEffect(() => {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return;
    try {
      const local = JSON.parse(raw) as LocalDraft;
      if (!sameDraft(local.draft, draftRef.current)) {
        // localStorage exists only in the browser, so this can only be read after hydration.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRecovered(local);
        return;
      }
    } catch {
      /* unreadable backup: drop it below */
    }
    localStorage.removeItem(storageKey);
  }, [storageKey]);

  useEffect(() => {
    if (saveState !== "dirty" || !canEdit || conflict) return;
    const timer = window.setTimeout(() => void save(), autosaveDelayMs);
    return () => window.clearTimeout(timer);
  }, [draft, saveState, canEdit, conflict, save]);

  useEffect(() => {
    if (saveState === "saved") return;
    const onHide = () => {
      if (document.visibilityState === "hidden") void save();
    };
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const retry = () => void save();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", retry);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", retry);
    };
  }, [saveState, save]);

  return {
    draft,
    setDraft,
    save,
    saveState,
    message,
    fieldErrors,
    conflict,
    recovered,
    restoreRecovered() {
      if (!recovered) return;
      setRecovered(null);
      setDraft(recovered.draft);
    },
    discardRecovered() {
      setRecovered(null);
      localStorage.removeItem(storageKey);
    },
    keepMine(theirs: StoredSection) {
      conflictRef.current = null;
      setConflict(null);
      versionRef.current = theirs.version;
      void save();
    },
    takeTheirs(theirs: StoredSection, toDraft: (s: StoredSection) => Draft) {
      conflictRef.current = null;
      setConflict(null);
      versionRef.current = theirs.version;
      const next = toDraft(theirs);
      draftRef.current = next;
      setDraftState(next);
      setSaveState("saved");
      setMessage(null);
      localStorage.removeItem(storageKey);
    },
    mergeByHand(theirs: StoredSection) {
      // The editor keeps my text; the next save builds on their version.
      conflictRef.current = null;
      setConflict(null);
      versionRef.current = theirs.version;
      setMessage("请参照对方版本修改后保存。");
      setSaveState("dirty");
    },
  };
}
