import type { PublishedSection } from "@/lib/public/get-published-report";

/** The section's key figures, set apart quietly after its text. */
export function SectionMetrics({ metrics }: { metrics: PublishedSection["metrics"] }) {
  return (
    <dl className="report-metrics">
      {metrics.map((metric) => (
        <div key={metric.key}>
          <dt>{metric.label}</dt>
          <dd>
            {metric.value}
            {metric.unit ? ` ${metric.unit}` : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
