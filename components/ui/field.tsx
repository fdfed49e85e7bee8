import { cn } from "@/lib/utils";

type FieldProps = {
  id: string;
  label: React.ReactNode;
  errors?: string[];
  hint?: React.ReactNode;
  className?: string;
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
};

/** Label, control, hint and errors rendered once, with the errors linked to the control. */
export function Field({ id, label, errors, hint, className, children }: FieldProps) {
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": hasErrors || undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={`${id}-error`} className="text-sm text-red-700" aria-live="polite">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-status-submitted aria-[invalid=true]:border-red-600";
