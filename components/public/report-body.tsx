import type { PublishedSection } from "@/lib/public/get-published-report";
import { SectionMetrics } from "./section-metrics";

/** The report text with its heading levels, styled like the printed document (.report-body in globals.css). */
export function ReportBody({ sections }: { sections: PublishedSection[] }) {
  return (
    <div className="report-body">
      {sections.map((section) => {
        const Heading = section.level === 1 ? "h2" : "h3";
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <Heading id={`section-${section.key}`}>
              {section.number}
              {section.title}
            </Heading>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {section.metrics.length > 0 ? <SectionMetrics metrics={section.metrics} /> : null}
          </section>
        );
      })}
    </div>
  );
}
