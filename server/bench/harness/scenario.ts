import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../src/common/request-context';
import { ServerUnderTest } from './server-under-test';
import { SeededProgram } from './seed';

/**
 * One operation of the benchmark, measured side by side with its baseline. Each scenario is one
 * module in server/bench/scenarios/ and is listed in scenarios/index.ts; the harness seeds the data,
 * runs the server under test, and calls, for each stage (100k then 1M commissions at --scale 1):
 * `prepare` once, then per repetition `run` and `baseline` (alternating which goes first), each
 * followed by `reset`. Only `run` and `baseline` are timed (the scenario times itself).
 */
export interface Scenario {
  /** Name for `--only`, kebab-case. */
  name: string;
  /** The operation, as the results table names it. */
  title: string;
  /** What Partnerbook does and what the baseline does, one sentence each (written to the report). */
  measures: { partnerbook: string; baseline: string };
  /** The unit of work counted in `Measurement.units` (plural: "sales", "rows", "requests", "partners"). */
  unit: string;
  /** The bar from issue 9: Partnerbook's throughput divided by the baseline's (1 = as fast as raw SQL). */
  goal: {
    ratio: number;
    text?: string;
    /**
     * The goal's other condition (a time or memory bound), judged on Partnerbook's measurements of a
     * stage: null when met (or not applicable at this scale), else why not, e.g. "median 15.7 s, not < 10 s".
     */
    check?(partnerbook: Measurement[]): string | null;
  };
  /** How a side's measurements read in the results table (default: throughput, time and units). */
  cell?(measurements: Measurement[]): string;
  /** false: leave it out of "How cost grows" (a latency comparison has no cost per unit). */
  growth?: false;
  /**
   * false: no untimed warm-up run of each side before the repetitions (the harness does one by
   * default, so the server's JIT and both sides' caches are warm before anything is timed).
   */
  warmup?: false;
  /** Once per stage, before the repetitions (not timed): build the working set, warm caches. */
  prepare?(bench: BenchContext): Promise<void>;
  /** One measured run of Partnerbook. */
  run(bench: BenchContext): Promise<Measurement>;
  /** One measured run of the baseline doing the same work. */
  baseline(bench: BenchContext): Promise<Measurement>;
  /** Undo what the last run or baseline changed so the next one starts from the same data (not timed). */
  reset?(bench: BenchContext, side: Side): Promise<void>;
  /** After the stage's repetitions (stop helper processes). */
  finish?(bench: BenchContext): Promise<void>;
}

export type Side = 'partnerbook' | 'baseline';

export interface Measurement {
  /** Units of work done (sales recorded, partners paid, rows exported, requests answered). */
  units: number;
  /** Wall-clock time of the work, in milliseconds. */
  ms: number;
  /** Extra figures for the details section (p99 latency, peak RSS, first byte, …), already formatted. */
  details?: Record<string, string>;
  /** Raw figures a goal's `check` judges (peak RSS in bytes, …). */
  values?: Record<string, number>;
}

export interface Stage {
  /** 0 for the smaller stage, 1 for the larger. */
  index: number;
  /** Commissions in the database during this stage. */
  commissions: number;
  label: string;
}

export interface BenchContext {
  stage: Stage;
  /** The --scale factor (1 = 10,001 partners, 100k and 1M commissions). */
  scale: number;
  /** `round(n × scale)`, at least `min`: a workload size that follows --scale. */
  scaled(n: number, min?: number): number;
  program: SeededProgram;
  /** Straight to the benchmark database: baselines, resets, checks. */
  pool: Pool;
  /** TypeORM on the benchmark database, for calling services (e.g. to build the same SQL a service runs). */
  dataSource: DataSource;
  /** The program's SYSTEM context, for services. */
  system: RequestContext;
  databaseUrl: string;
  server: ServerUnderTest;
  /** Heap bound of the server under test (from `npm start`), for helper processes that should match it. */
  serverExecArgv: string[];
  /** A folder for this run's scratch files (logs of helper processes). */
  workDir: string;
  /** A tag unique to this measurement, for external ids and idempotency keys. */
  tag(): string;
  log(message: string): void;
}
