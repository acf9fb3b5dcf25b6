// Runs one build (one or more Node commands in turn) and measures it: wall time; CPU time (user + system, over all
// its processes, from GNU time where installed), which a busy machine disturbs
// less; and peak memory as the largest sum of resident memory over the build's
// whole process tree (Astro; our search index step and the Pagefind binary it
// starts), sampled from /proc every 200 ms.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gnuTime = '/usr/bin/time';

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(parent, [...(tree.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return tree;
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeResidentBytes(root: number): number {
  const tree = children();
  let sum = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    sum += residentBytes(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return sum;
}

export interface BuildMeasurement {
  seconds: number;
  /** Undefined where GNU time is not installed. */
  cpuSeconds: number | undefined;
  peakBytes: number;
  output: string;
}

/** A word for sh, quoted. */
const shellWord = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs `node <step>` for each step in turn (stopping at the first that fails) and measures them as one build. */
export async function measureBuild(steps: string[][], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<BuildMeasurement> {
  const timeDir = await mkdtemp(join(tmpdir(), 'kb-time-'));
  const timeFile = join(timeDir, 'time');
  const script = steps.map((args) => [process.execPath, ...args].map(shellWord).join(' ')).join(' && ');
  const [command, commandArgs] = existsSync(gnuTime) ? [gnuTime, ['-f', '%U %S', '-o', timeFile, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build failed (${code}): ${script}\n${output.slice(-4000)}`);
  const times = existsSync(timeFile) ? (await readFile(timeFile, 'utf8')).trim().split(/\s+/).map(Number) : [];
  await rm(timeDir, { recursive: true, force: true });
  const cpuSeconds = times.length === 2 ? (times[0] ?? 0) + (times[1] ?? 0) : undefined;
  return { seconds, cpuSeconds, peakBytes, output };
}
