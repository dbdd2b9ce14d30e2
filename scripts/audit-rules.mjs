// Pure rules of the dependency audit gate (scripts/audit.mjs), unit-tested in audit-rules.spec.ts.

const BLOCKING = new Set(['high', 'critical']);

/** The advisories of an `npm audit --json` report (auditReportVersion 2), one per advisory and package. */
export function advisoriesOf(report) {
  const found = new Map();
  for (const vulnerability of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null) continue; // a string names the package it comes through
      const id = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source);
      found.set(`${id} ${via.name}`, { id, package: via.name, severity: via.severity, title: via.title, url: via.url, range: via.range });
    }
  }
  return [...found.values()];
}

/** Checks the allow-list file's entries: each names an advisory and a package and says why. */
export function validateAllowList(entries) {
  if (!Array.isArray(entries)) return ['the allow-list must be a JSON array'];
  const problems = [];
  entries.forEach((entry, index) => {
    if (!entry || typeof entry.id !== 'string' || !/^GHSA-[\w-]+$/.test(entry.id)) problems.push(`entry ${index}: "id" must be a GHSA id`);
    if (!entry || typeof entry.package !== 'string' || entry.package === '') problems.push(`entry ${index}: "package" is required`);
    if (!entry || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      problems.push(`entry ${index}: "reason" must say why the advisory is accepted (at least 20 characters)`);
    }
    if (entry?.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(entry.until)))
      problems.push(`entry ${index}: "until" must be YYYY-MM-DD`);
  });
  return problems;
}

/**
 * What fails the gate: high or critical advisories not accepted by an allow-list entry (an entry
 * whose `until` date has passed accepts nothing). Also lists entries that match nothing any more.
 */
export function evaluateAudit(advisories, allowList, today) {
  const live = allowList.filter((entry) => entry.until === undefined || String(entry.until) >= today);
  const accepted = (advisory) => live.some((entry) => entry.id === advisory.id && entry.package === advisory.package);
  const blocking = advisories.filter((advisory) => BLOCKING.has(advisory.severity));
  return {
    failures: blocking.filter((advisory) => !accepted(advisory)),
    accepted: blocking.filter(accepted),
    stale: allowList.filter((entry) => !advisories.some((advisory) => advisory.id === entry.id && advisory.package === entry.package)),
    expired: allowList.filter((entry) => !live.includes(entry)),
  };
}

/** Why the audit could not run, or null when `report` is an audit report. */
export function auditUnavailable(report) {
  if (report && typeof report === 'object' && report.vulnerabilities && report.metadata) return null;
  const code = report?.error?.code ?? report?.code;
  const status = report?.statusCode;
  if (code) return `the registry could not be reached (${code})`;
  if (status) return `the registry's audit service answered HTTP ${status}`;
  return 'npm audit gave no report';
}
