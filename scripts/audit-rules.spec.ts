import { describe, expect, it } from 'vitest';
import { advisoriesOf, auditUnavailable, evaluateAudit, validateAllowList } from './audit-rules.mjs';

const report = {
  auditReportVersion: 2,
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
  vulnerabilities: {
    lodash: {
      name: 'lodash',
      severity: 'critical',
      via: [
        {
          source: 1,
          name: 'lodash',
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'critical',
          range: '<4.17.21',
        },
      ],
    },
    express: { name: 'express', severity: 'high', via: ['body-parser'] },
    'body-parser': {
      name: 'body-parser',
      severity: 'high',
      via: [
        {
          source: 2,
          name: 'body-parser',
          title: 'DoS',
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          severity: 'high',
          range: '<1.20.3',
        },
      ],
    },
    semver: {
      name: 'semver',
      severity: 'moderate',
      via: [{ source: 3, name: 'semver', title: 'ReDoS', url: 'https://github.com/advisories/GHSA-gggg-hhhh-iiii', severity: 'moderate' }],
    },
  },
};

describe('the dependency audit gate', () => {
  it('fails on every high or critical advisory, once each, and never on moderate ones', () => {
    const advisories = advisoriesOf(report);
    expect(advisories.map((a: { id: string }) => a.id).sort()).toEqual([
      'GHSA-aaaa-bbbb-cccc',
      'GHSA-dddd-eeee-ffff',
      'GHSA-gggg-hhhh-iiii',
    ]);
    const { failures } = evaluateAudit(advisories, [], '2026-01-01');
    expect(failures.map((a: { package: string }) => a.package).sort()).toEqual(['body-parser', 'lodash']);
  });

  it('accepts an advisory only through an allow-list entry for that advisory and package, until its date', () => {
    const advisories = advisoriesOf(report);
    const entry = {
      id: 'GHSA-aaaa-bbbb-cccc',
      package: 'lodash',
      reason: 'only reachable from the build, never with user input',
      until: '2026-06-30',
    };
    expect(evaluateAudit(advisories, [entry], '2026-01-01').failures.map((a: { package: string }) => a.package)).toEqual(['body-parser']);
    expect(evaluateAudit(advisories, [{ ...entry, package: 'other' }], '2026-01-01').failures).toHaveLength(2);
    const late = evaluateAudit(advisories, [entry], '2026-07-01');
    expect(late.failures).toHaveLength(2);
    expect(late.expired).toEqual([entry]);
    expect(evaluateAudit([], [entry], '2026-01-01').stale).toEqual([entry]);
  });

  it('refuses allow-list entries that do not say why', () => {
    expect(validateAllowList([{ id: 'GHSA-aaaa-bbbb-cccc', package: 'lodash', reason: 'ok' }])).toEqual([
      'entry 0: "reason" must say why the advisory is accepted (at least 20 characters)',
    ]);
    expect(validateAllowList([{ id: 'CVE-1', package: '', reason: 'x'.repeat(30) }])).toHaveLength(2);
    expect(validateAllowList({})).toEqual(['the allow-list must be a JSON array']);
  });

  it('tells an unreachable registry or a refused audit from a report', () => {
    expect(auditUnavailable(report)).toBeNull();
    expect(auditUnavailable({ error: { code: 'ENOTFOUND' } })).toMatch(/could not be reached \(ENOTFOUND\)/);
    expect(auditUnavailable({ statusCode: 405, error: { summary: '' } })).toMatch(/answered HTTP 405/);
    expect(auditUnavailable(null)).toMatch(/no report/);
  });
});
