// The JSON report (schema: docs/audit-report.schema.json at the repository root).

/** @param {any} report */
export function jsonReport(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}
