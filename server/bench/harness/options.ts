export interface BenchOptions {
  /** Multiplies every size: 1 = 10,001 partners, stages of 100k and 1M commissions. */
  scale: number;
  scaleText: string;
  only: string[] | null;
  reps: number;
  out: string | null;
  timeoutMinutes: number;
  /** Where the server under test writes V8 CPU profiles (`--cpu-prof`), or null. */
  cpuProfileDir: string | null;
  /** Where the server under test writes sampling heap profiles, collected allocations included, or null. */
  heapProfileDir: string | null;
}

const NAMED_SCALES: Record<string, number> = { tiny: 0.002, small: 0.02, medium: 0.1, full: 1 };

export const USAGE = `npm run bench -- [--scale tiny|small|medium|full|<factor>] [--only <scenario>[,<scenario>…]] [--reps 3] [--out <file>]
  --scale   sizes × factor (tiny = 0.002, small = 0.02, medium = 0.1, full = 1: 10,001 partners, 100k then 1M commissions)
  --only    run these scenarios only (results go to bench/results-<names>.md unless --out is given)
  --reps    repetitions of each measurement (default 3)
  --out     where to write the results (default bench/results.md)
  --cpu-prof <dir>  the server under test writes a V8 CPU profile of the whole run into <dir> (open it in Chrome DevTools)
  --heap-prof <dir> the server under test writes a sampling heap profile of everything it allocated, garbage included, into <dir>
                    (summarise it: node server/dist/bench/heap-profile-summary.js <file> [--under <function>])
  DATABASE_URL  PostgreSQL to use (a database is created and dropped in it); unset: an embedded PostgreSQL`;

export function parseOptions(argv: string[], scenarioNames: string[]): BenchOptions {
  const options: BenchOptions = {
    scale: 1,
    scaleText: 'full',
    only: null,
    reps: 3,
    out: null,
    timeoutMinutes: 120,
    cpuProfileDir: null,
    heapProfileDir: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--scale': {
        const v = value();
        const factor = NAMED_SCALES[v] ?? Number(v);
        if (!Number.isFinite(factor) || factor <= 0 || factor > 10)
          throw new Error(`--scale ${v}: a name or a factor in (0, 10]\n${USAGE}`);
        options.scale = factor;
        options.scaleText = v;
        break;
      }
      case '--only': {
        const names = value()
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !scenarioNames.includes(n));
        if (unknown.length || names.length === 0)
          throw new Error(`--only: unknown scenario ${unknown.join(', ')}; known: ${scenarioNames.join(', ')}`);
        options.only = names;
        break;
      }
      case '--reps': {
        const reps = Number(value());
        if (!Number.isInteger(reps) || reps < 1 || reps > 20) throw new Error('--reps: 1 to 20');
        options.reps = reps;
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--cpu-prof':
        options.cpuProfileDir = value();
        break;
      case '--heap-prof':
        options.heapProfileDir = value();
        break;
      case '--timeout-minutes':
        options.timeoutMinutes = Number(value());
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  return options;
}
