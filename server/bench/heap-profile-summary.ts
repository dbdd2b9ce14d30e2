/**
 * Where a `--heap-prof` profile's bytes were allocated: `node server/dist/bench/heap-profile-summary.js
 * <file.heapprofile> [--top 25] [--under <function name>…]`. Prints the total, the functions that
 * allocated most themselves, and for each `--under` name the bytes allocated in and below it.
 */
import fs from 'node:fs';
import type { HeapProfiler } from 'node:inspector';
import { megabytes } from './harness/stats';

type ProfileNode = HeapProfiler.SamplingHeapProfileNode;

function frameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^.*\/(node_modules|server)\//, '$1/') : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

function summarise(profile: HeapProfiler.SamplingHeapProfile, top: number, under: string[]): string {
  const self = new Map<string, number>();
  const subtree = new Map<string, number>(under.map((name) => [name, 0]));
  let total = 0;
  // Bytes below a function count once for it, however deep it recurses.
  const walk = (node: ProfileNode, inside: Set<string>): number => {
    const name = node.callFrame.functionName;
    const entered = under.includes(name) && !inside.has(name) ? new Set([...inside, name]) : inside;
    let bytes = node.selfSize;
    total += node.selfSize;
    self.set(frameOf(node), (self.get(frameOf(node)) ?? 0) + node.selfSize);
    for (const child of node.children) bytes += walk(child, entered);
    if (entered !== inside) subtree.set(name, subtree.get(name)! + bytes);
    return bytes;
  };
  walk(profile.head, new Set());
  const lines = [`allocated (sampled): ${megabytes(total)}`, '', `functions allocating most themselves (top ${top}):`];
  for (const [frame, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${megabytes(bytes).padStart(9)}  ${frame}`);
  if (under.length > 0) {
    lines.push('', 'in and below:');
    for (const [name, bytes] of subtree) lines.push(`  ${megabytes(bytes).padStart(9)}  ${name}`);
  }
  return lines.join('\n');
}

function main(argv: string[]) {
  const [file, ...rest] = argv;
  if (!file) throw new Error('usage: heap-profile-summary <file.heapprofile> [--top 25] [--under <function name>…]');
  let top = 25;
  const under: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--top') top = Number(rest[++i]);
    else if (rest[i] === '--under') under.push(rest[++i]);
    else throw new Error(`unknown argument ${rest[i]}`);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapProfiler.SamplingHeapProfile;
  process.stdout.write(`${summarise(profile, top, under)}\n`);
}

main(process.argv.slice(2));
