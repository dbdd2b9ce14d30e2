import os from 'node:os';
import { Measurement, Scenario, Stage } from './scenario';
import { count, duration, fixed, median, rounded } from './stats';

export interface TimedMeasurement extends Measurement {
  /** 1-minute load average when the measurement started and when it ended. */
  loadBefore: number;
  loadAfter: number;
}

export interface RepResult {
  partnerbook: TimedMeasurement;
  baseline: TimedMeasurement;
  /** Partnerbook's throughput over the baseline's. */
  ratio: number;
}

export interface StageResult {
  scenario: Scenario;
  stage: Stage;
  reps: RepResult[];
  error?: string;
}

export interface RunInfo {
  command: string;
  date: string;
  commit: string;
  postgres: string;
  heap: string;
  scale: number;
  reps: number;
  partners: number;
  seedMs: number[];
  totalMs: number;
}

const rate = (m: Measurement) => m.units / (m.ms / 1000);
const perUnit = (m: Measurement) => m.ms / m.units;

function spread(values: number[], format: (v: number) => string) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.length > 1 ? `${format(median(values))} (${format(min)}–${format(max)})` : format(values[0]);
}

function cell(result: StageResult, side: 'partnerbook' | 'baseline') {
  const ms = result.reps.map((r) => r[side]);
  if (result.scenario.cell) return result.scenario.cell(ms);
  const unit = result.scenario.unit;
  return `${spread(ms.map(rate), rounded)} ${unit}/s; ${duration(median(ms.map((m) => m.ms)))} for ${count(median(ms.map((m) => m.units)))}`;
}

function loads(result: StageResult) {
  return result.reps.map((r) => `${fixed(r.partnerbook.loadBefore, 1)}/${fixed(r.baseline.loadBefore, 1)}`).join(', ');
}

/** The goal's other condition (a time or memory bound), when missed: why. */
function otherGoalMiss(result: StageResult): string | null {
  return result.scenario.goal.check?.(result.reps.map((r) => r.partnerbook)) ?? null;
}

function goalMet(result: StageResult): boolean {
  if (result.error || result.reps.length === 0) return false;
  return median(result.reps.map((r) => r.ratio)) >= result.scenario.goal.ratio && !otherGoalMiss(result);
}

function stageTable(results: StageResult[]): string[] {
  const lines = [
    '| Operation | Partnerbook: median (range) | Baseline in the same run | Ratio: median (range) | Goal | Met | Load avg (1 min) per rep, Partnerbook/baseline |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    const { scenario } = result;
    if (result.error || result.reps.length === 0) {
      lines.push(`| ${scenario.title} | failed: ${result.error ?? 'no result'} | | | ≥ ${scenario.goal.ratio}× | no | |`);
      continue;
    }
    const ratios = result.reps.map((r) => r.ratio);
    const otherMiss = otherGoalMiss(result);
    const met = goalMet(result) ? 'yes' : `**no**${otherMiss ? `: ${otherMiss}` : ''}`;
    lines.push(
      `| ${scenario.title} | ${cell(result, 'partnerbook')} | ${cell(result, 'baseline')} | **${spread(ratios, (v) => `${rounded(v)}×`)}** | ` +
        `≥ ${scenario.goal.ratio}×${scenario.goal.text ? `, ${scenario.goal.text}` : ''} | ${met} | ${loads(result)} |`,
    );
  }
  return lines;
}

/** How the cost of one unit of work changes between the stages: flat, or growing with the table. */
function growthLabel(small: Measurement, large: Measurement, tableGrowth: number, unit: string): string {
  const growth = perUnit(large) / perUnit(small);
  const per = `per ${unit.replace(/s$/, '')}`;
  if (growth < 1.5) return `flat ${per} (×${rounded(growth)})`;
  if (growth >= tableGrowth / 2) return `**grows with the table** ${per} (×${rounded(growth)})`;
  return `sub-linear in the table ${per} (×${rounded(growth)})`;
}

const costPerUnit = (m: Measurement) => duration(perUnit(m));

function medianMeasurement(result: StageResult, side: 'partnerbook' | 'baseline'): Measurement {
  return { units: median(result.reps.map((r) => r[side].units)), ms: median(result.reps.map((r) => r[side].ms)) };
}

export function renderReport(info: RunInfo, stages: Stage[], results: StageResult[]): string {
  const cpus = os.cpus();
  const lines: string[] = [
    '# Benchmark',
    '',
    `Measured by \`${info.command}\` on ${info.date} at commit ${info.commit}: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ` +
      `${fixed(os.totalmem() / 1024 ** 3, 1)} GB RAM, Node ${process.version}, PostgreSQL ${info.postgres}; ` +
      `scale ${info.scale} (${count(info.partners)} partners), ${info.reps} repetition${info.reps > 1 ? 's' : ''} of each measurement; ` +
      `server heap bound: ${info.heap}. Seeding with COPY took ${info.seedMs.map(duration).join(' + ')}; the whole run ${duration(info.totalMs)}.`,
    '',
    'Each operation runs against the real server (its own process, started like `npm start`) and against its baseline in the same run, ' +
      'after one untimed warm-up run of each side (but the abuse scenario), alternating which goes first, with a CHECKPOINT before each. The ratio is Partnerbook’s throughput over the baseline’s, per repetition; the table shows its median ' +
      'and range. The load average is the machine’s 1-minute load when each measurement started: the machine has other work, and ' +
      'a ratio is only as good as the load was even.',
    '',
  ];
  for (const stage of [...stages].reverse()) {
    const own = results.filter((r) => r.stage.index === stage.index);
    if (own.length === 0) continue;
    lines.push(`## At ${stage.label} commissions`, '', ...stageTable(own), '');
    if (own.some((result) => !goalMet(result))) {
      lines.push(
        'A goal marked **no** was missed in this run: [limits.md](limits.md) gives, for each operation, what its time is spent on ' +
          '(statement plans and CPU profiles taken with `--cpu-prof`) and what stands between it and the goal.',
        '',
      );
    }
  }
  if (stages.length > 1) {
    const [small, large] = stages;
    const tableGrowth = large.commissions / small.commissions;
    lines.push(
      `## How cost grows from ${small.label} to ${large.label} commissions`,
      '',
      `Median time per unit of work (sale, partner, request, row) of each side at both stages; the table grows ×${rounded(tableGrowth)}. ` +
        '"Flat per row" means the cost follows the rows the operation touches, not the size of the table; "grows with the table" means ' +
        'the same unit of work costs more on a larger table.',
      '',
      '| Operation | Work (small → large) | Partnerbook, time per unit | grows | Baseline, time per unit | grows |',
      '|---|---|---|---|---|---|',
    );
    for (const name of [...new Set(results.map((r) => r.scenario.name))]) {
      const ok = (index: number) => results.find((r) => r.scenario.name === name && r.stage.index === index && !r.error && r.reps.length);
      const a = ok(small.index);
      const b = ok(large.index);
      if (!a || !b || a.scenario.growth === false) continue;
      const unit = a.scenario.unit;
      const [pa, pb, ba, bb] = [
        medianMeasurement(a, 'partnerbook'),
        medianMeasurement(b, 'partnerbook'),
        medianMeasurement(a, 'baseline'),
        medianMeasurement(b, 'baseline'),
      ];
      lines.push(
        `| ${a.scenario.title} | ${count(pa.units)} → ${count(pb.units)} ${unit} | ${costPerUnit(pa)} → ${costPerUnit(pb)} | ${growthLabel(pa, pb, tableGrowth, unit)} | ` +
          `${costPerUnit(ba)} → ${costPerUnit(bb)} | ${growthLabel(ba, bb, tableGrowth, unit)} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Every measurement', '');
  for (const result of results) {
    lines.push(`### ${result.scenario.title} — ${result.stage.label} commissions`, '');
    if (result.error) lines.push(`Failed: \`${result.error}\``, '');
    result.reps.forEach((rep, i) => {
      const describe = (m: TimedMeasurement) =>
        `${count(m.units)} ${result.scenario.unit} in ${duration(m.ms)} (${rounded(rate(m))}/s), load ${fixed(m.loadBefore, 1)}→${fixed(m.loadAfter, 1)}` +
        (m.details
          ? `; ${Object.entries(m.details)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`
          : '');
      lines.push(
        `- rep ${i + 1}: Partnerbook ${describe(rep.partnerbook)} · baseline ${describe(rep.baseline)} · ratio ${rounded(rep.ratio)}×`,
      );
    });
    lines.push('');
  }
  lines.push('## What each scenario measures', '');
  const seen = new Set<string>();
  for (const { scenario } of results) {
    if (seen.has(scenario.name)) continue;
    seen.add(scenario.name);
    lines.push(
      `- **${scenario.title}** (\`--only ${scenario.name}\`, server/bench/scenarios/${scenario.name}.ts). Partnerbook: ${scenario.measures.partnerbook} Baseline: ${scenario.measures.baseline}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
