import { formatChineseDateTime } from "@/lib/dates";
import type { CommentView } from "@/lib/reports/get-report";
import { CommentAnswerForm, type AnswerCommentAction } from "@/components/workspace/comment-answer-form";
import { ResolveCommentButton, type ResolveCommentAction } from "@/components/review/resolve-comment-button";

const statusText = { OPEN: "待答复", ANSWERED: "已答复", RESOLVED: "已解决" } as const;

type CommentListProps = {
  comments: CommentView[];
  sectionTitles: Map<string, string>;
  canAnswer: boolean;
  canResolve?: boolean;
  /** Needed only where canAnswer or canResolve can be true; without them the forms are not shown. */
  actions?: { answer?: AnswerCommentAction; resolve?: ResolveCommentAction };
};

/** Reviewer comments; a clerk answers open ones in place while the report is returned, a reviewer resolves them. */
export function CommentList({ comments, sectionTitles, canAnswer, canResolve = false, actions = {} }: CommentListProps) {
  if (comments.length === 0) return <p className="text-sm text-stone-600">暂无审核意见。</p>;
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm" data-testid="review-comment">
          <p className="flex flex-wrap justify-between gap-2 text-xs text-stone-600">
            <span>
              {c.sectionKey ? sectionTitles.get(c.sectionKey) ?? "某部分" : "整份报告"} · {c.authorName}
            </span>
            <span className={c.status === "OPEN" ? "font-medium text-status-returned" : "text-stone-500"}>{statusText[c.status]}</span>
          </p>
          <p className="mt-1 whitespace-pre-wrap text-stone-900">{c.body}</p>
          <p className="mt-1 text-xs text-stone-500">{formatChineseDateTime(c.createdAt)}</p>
          {c.answer ? (
            <p className="mt-2 border-l-2 border-stone-300 pl-2 text-stone-700">
              <span className="text-xs text-stone-500">整改说明：</span>
              {c.answer}
            </p>
          ) : null}
          {canAnswer && actions.answer && c.status === "OPEN" ? <CommentAnswerForm action={actions.answer} commentId={c.id} /> : null}
          {canResolve && actions.resolve && c.status !== "RESOLVED" ? <ResolveCommentButton action={actions.resolve} commentId={c.id} answered={c.status === "ANSWERED"} /> : null}
        </li>
      ))}
    </ul>
  );
}
