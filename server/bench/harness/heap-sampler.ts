/**
 * Preloaded into the server under test by `--heap-prof <dir>` (node --require): V8's sampling heap
 * profiler, counting every sampled allocation including those already collected (Node's own
 * --heap-prof keeps only what is still alive, which hides short-lived garbage, the cost that
 * matters here). The profile is written to <dir>/server-<pid>.heapprofile when the server exits:
 * open it in Chrome DevTools (Memory, Load) or summarise it with `heap-profile-summary.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector';

const dir = process.env.BENCH_HEAP_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  // The collected-object options are V8's (Chrome DevTools protocol); Node's typings do not list them yet.
  const sampling = { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  session.post('HeapProfiler.startSampling', sampling);
  process.on('exit', () => {
    // A session in the same thread answers synchronously: the callback runs before the process ends.
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `server-${process.pid}.heapprofile`), JSON.stringify(result.profile));
    });
  });
}
