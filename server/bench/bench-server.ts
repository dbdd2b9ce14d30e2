import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source';
import { createApp } from '../src/http/app';
import { loadConfig } from '../src/config';

/**
 * The real HTTP server, in its own process so its memory is measured alone. It samples its
 * resident set size every 10 ms and answers the benchmark's "reset"/"report" messages.
 */
async function main() {
  const dataSource = createDataSource(process.env.DATABASE_URL!, { poolSize: 10 });
  await dataSource.initialize();
  const app = await createApp(dataSource, { ...loadConfig(), port: 0, host: '127.0.0.1', seedDemo: false });
  let peak = 0;
  let samples = 0;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    samples++;
    if (rss > peak) peak = rss;
  }, 10);
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'reset') {
      global.gc?.();
      peak = process.memoryUsage().rss;
      samples = 0;
      process.send!({ type: 'reset', rss: peak });
    } else if (message.type === 'report') {
      process.send!({ type: 'report', peakRss: peak, rss: process.memoryUsage().rss, samples });
    } else if (message.type === 'stop') {
      clearInterval(timer);
      await app.close();
      await dataSource.destroy();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', url: app.url, rss: process.memoryUsage().rss });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
