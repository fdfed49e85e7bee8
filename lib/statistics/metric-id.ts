// A template's metric keys are unique within their section only (lib/templates/outline.ts), so a
// metric's identity across units and years is its section's key plus its own. Labels may be
// renamed; keys never change, so history stays one series.

const separator = "/";

export function metricId(sectionKey: string, metricKey: string): string {
  return `${sectionKey}${separator}${metricKey}`;
}

export function splitMetricId(id: string): { sectionKey: string; metricKey: string } {
  const at = id.indexOf(separator);
  return at === -1 ? { sectionKey: "", metricKey: id } : { sectionKey: id.slice(0, at), metricKey: id.slice(at + 1) };
}
