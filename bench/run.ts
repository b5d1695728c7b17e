// `npm run bench`: Tabvisor's figures next to QEMU's and native code's, measured in the same run (see bench/README.md).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadCoreModule } from '../src/core/load-core.ts';
import { buildNative, tryBenchProgram, type Workload } from './programs.ts';
import { benchLinux } from './linux.ts';
import { reason } from './measure.ts';

const USAGE = `usage: npm run bench -- [--only cpu,fp,boot,console] [--repeat N] [--json FILE]
  --only     run only these benchmarks (default: all four)
  --repeat   runs of each measurement (program, boot, console write); the best is reported (default 3)
  --json     also write every figure to FILE`;

const ALL = ['cpu', 'fp', 'boot', 'console'] as const;
type Part = (typeof ALL)[number];

const WORKLOADS: Record<'cpu' | 'fp', Workload> = {
  cpu: { name: 'cpu', title: 'CPU integer: sort, hash, sieve, lists, matrix, CRC-32, tokenizer' },
  fp: { name: 'fp', title: 'Floating point: n-body (double), matrix and normalisation (single), dot products' },
};

function parseArgs(args: string[]): { parts: Set<Part>; repeat: number; json?: string } {
  const o: { parts: Set<Part>; repeat: number; json?: string } = { parts: new Set(ALL), repeat: 3 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--only') {
      const names = (args[++i] ?? '').split(',');
      const bad = names.filter((n) => !(ALL as readonly string[]).includes(n));
      if (bad.length > 0) throw new Error(`unknown benchmark ${bad.join(', ')}\n${USAGE}`);
      o.parts = new Set(names as Part[]);
    } else if (a === '--repeat') {
      o.repeat = Number(args[++i]);
      if (!Number.isInteger(o.repeat) || o.repeat < 1) throw new Error(`--repeat needs a positive integer\n${USAGE}`);
    } else if (a === '--json') {
      o.json = args[++i];
      if (!o.json) throw new Error(`--json needs a file\n${USAGE}`);
    } else {
      throw new Error(`${a === '-h' || a === '--help' ? '' : `unknown option ${a}\n`}${USAGE}`);
    }
  }
  return o;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const module = await loadCoreModule();
  // Other work on the machine slows every figure: the load average says how much to trust them.
  const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`Tabvisor benchmarks: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${load()}\n`);

  const results: Record<string, unknown> = {};
  let failed = false;
  const programs = (['cpu', 'fp'] as const).filter((w) => options.parts.has(w));
  if (programs.length > 0) {
    const native = buildNative();
    try {
      for (const w of programs) {
        const r = await tryBenchProgram(module, WORKLOADS[w], options.repeat, 'dir' in native ? native.dir : native);
        results[w] = r;
        failed ||= r.kind === 'failed';
      }
    } finally {
      if ('cleanup' in native) native.cleanup();
    }
  }
  if (options.parts.has('boot') || options.parts.has('console')) {
    const linux = await benchLinux(module, { boot: options.parts.has('boot'), console: options.parts.has('console') }, options.repeat);
    results.linux = linux;
    failed ||= [...linux.boots, linux.qemu, ...linux.consoles].some((o) => o.kind === 'failed');
  }

  process.stdout.write(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s, load average ${load()}${failed ? ' — some benchmarks FAILED (see above)' : ''}\n`);
  if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 2) + '\n');
  return failed ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (e: unknown) => {
    process.stderr.write(`bench: ${reason(e)}\n`);
    process.exit(2);
  },
);
