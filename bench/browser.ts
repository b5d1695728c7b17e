// `npx tsx bench/browser.ts`: the same core and ELFs in a Chromium worker and in Node (MIPS and their ratio), and the
// web app's page load to tinyOS's prompt in headless Chromium, first visit and service-worker reload (web/README.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, outputDir, repoRoot, serveBuiltApp } from '../tests/browser/harness.ts';
import { serveBenchPage } from './browser/bench-page.ts';
import { measurePageLoad, type PageLoadRun } from './browser/page-load.ts';
import { timedRun, type ProgramRun } from './browser/timed-run.ts';
import type { BenchReply, BenchRequest } from './browser/worker.ts';
import { best, fixed, millions, reason } from './measure.ts';

const USAGE = `usage: npx tsx bench/browser.ts [--repeat N] [--build]
  --repeat   runs of each measurement, Node and Chromium taking turns; the best is reported (default 3)
  --build    rebuild dist/ first (otherwise it is built only when missing)`;

const WORKLOADS = ['cpu', 'fp'] as const;
const JSON_PATH = join(outputDir, 'bench-browser.json');
/** A run far past this is stuck (cpu-bare.elf takes about 6 s on the loaded 2-core development machine). */
const RUN_TIMEOUT_MS = 180_000;
const CHECKSUM = /^checksum ([0-9a-f]{16})$/m;

/** One side's figures for a workload: the best run's, and every run's seconds in order (the first pays for tier-up). */
interface SideResult {
  instructions: number;
  seconds: number;
  mips: number;
  runs: number[];
}

function parseArgs(args: string[]): { repeat: number; build: boolean } {
  const options = { repeat: 3, build: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--repeat') {
      options.repeat = Number(args[++i]);
      if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error(`--repeat needs a positive integer\n${USAGE}`);
    } else if (args[i] === '--build') {
      options.build = true;
    } else {
      throw new Error(`${args[i] === '-h' || args[i] === '--help' ? '' : `unknown option ${args[i]}\n`}${USAGE}`);
    }
  }
  return options;
}

/** dist's core, the very file the app's worker fetches. */
function distCore(): { file: string; bytes: Uint8Array<ArrayBuffer>; sha256: string } {
  const assets = join(repoRoot, 'dist', 'assets');
  const names = readdirSync(assets).filter((name) => /^core-.*\.wasm$/.test(name));
  if (names.length !== 1) throw new Error(`expected one core-*.wasm in ${assets}, found ${names.length}: rebuild with --build`);
  const bytes = new Uint8Array(readFileSync(join(assets, names[0])));
  return { file: `dist/assets/${names[0]}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The checksum a finished run printed; a run that did not power off cleanly is an error. */
function checkedChecksum(run: ProgramRun, who: string): string {
  if (run.reason !== 'poweroff' || run.exitCode !== 0) {
    throw new Error(`${who} ended with ${run.reason} (code ${run.exitCode}); output: ${JSON.stringify(run.output.slice(-300))}`);
  }
  const match = CHECKSUM.exec(run.output);
  if (!match) throw new Error(`${who} printed no checksum line; output: ${JSON.stringify(run.output.slice(-300))}`);
  return match[1];
}

/** Runs one ELF in the bench page's worker. */
async function runInChromium(page: Page, request: BenchRequest): Promise<ProgramRun> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${request.name} in Chromium took over ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
  });
  try {
    const reply = (await Promise.race([page.evaluate(`benchRun(${JSON.stringify(request)})`), timeout])) as BenchReply;
    if (!reply.ok) throw new Error(`${request.name} in Chromium: ${reply.error}`);
    return reply.run;
  } finally {
    clearTimeout(timer);
  }
}

/** `value` rounded to `digits` decimals, for the JSON file (timer resolution is far coarser than a double). */
function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function summarize(runs: ProgramRun[]): SideResult {
  const seconds = best(runs.map((run) => run.seconds));
  const instructions = runs[0].instructions;
  return { instructions, seconds: round(seconds, 3), mips: round(instructions / seconds / 1e6, 1), runs: runs.map((run) => round(run.seconds, 3)) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadAtStart = load();
  process.stdout.write(`Tabvisor in the browser: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadAtStart}\n`);
  if (options.build || !existsSync(join(repoRoot, 'dist', 'index.html'))) {
    process.stdout.write('building dist/ (vite build)\n');
    await build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  }
  const core = distCore();

  process.stdout.write(`\nPage load to "tinyos> " (fresh profile each time, then a reload from the service worker)\n`);
  const loads: PageLoadRun[] = [];
  const app = await serveBuiltApp();
  try {
    for (let i = 0; i < options.repeat; i++) {
      const measured = await measurePageLoad(app.url);
      const run = { firstVisitMs: Math.round(measured.firstVisitMs), reloadMs: Math.round(measured.reloadMs) };
      loads.push(run);
      process.stdout.write(`  visit ${i + 1}: first ${run.firstVisitMs} ms, reload ${run.reloadMs} ms\n`);
    }
  } finally {
    await app.close();
  }

  process.stdout.write(`\nMIPS: ${core.file} in Node and in a Chromium worker, runProgram (1 M-instruction slices), taking turns\n`);
  const module = await WebAssembly.compile(core.bytes);
  const elfs = new Map(WORKLOADS.map((w) => [`${w}-bare.elf`, new Uint8Array(readFileSync(join(repoRoot, 'bench', 'programs', `${w}-bare.elf`)))]));
  const benchPage = await serveBenchPage(core.bytes, elfs);
  const browser = await launchChromium();
  const mips: Record<string, { checksum: string; node: SideResult; chromium: SideResult; chromiumOverNode: number }> = {};
  let chromiumVersion = '';
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`bench page error: ${error.message}\n`));
    await page.goto(benchPage.url);
    await page.waitForFunction('typeof benchRun === "function"');
    // The user agent string is reduced (156.0.0.0); the DevTools protocol gives the full version.
    const devtools = await browser.context.newCDPSession(page);
    chromiumVersion = (await devtools.send('Browser.getVersion')).product.replace(/^.*\//, '');
    for (const workload of WORKLOADS) {
      const name = `${workload}-bare.elf`;
      const node: ProgramRun[] = [];
      const chromium: ProgramRun[] = [];
      const checksums = new Set<string>();
      for (let i = 0; i < options.repeat; i++) {
        node.push(await timedRun(module, elfs.get(name)!, name));
        checksums.add(checkedChecksum(node[i], `${name} in Node`));
        chromium.push(await runInChromium(page, { coreUrl: '/core.wasm', elfUrl: `/programs/${name}`, name }));
        checksums.add(checkedChecksum(chromium[i], `${name} in Chromium`));
        process.stdout.write(`  ${name} run ${i + 1}: Node ${fixed(node[i].seconds, 3)} s, Chromium ${fixed(chromium[i].seconds, 3)} s\n`);
      }
      if (checksums.size !== 1) throw new Error(`${name}: Node and Chromium printed different checksums: ${[...checksums].join(', ')}`);
      const counts = new Set([...node, ...chromium].map((run) => run.instructions));
      if (counts.size !== 1) throw new Error(`${name}: the runs executed different instruction counts: ${[...counts].join(', ')}`);
      const nodeResult = summarize(node);
      const chromiumResult = summarize(chromium);
      // The same instructions on both sides, so the ratio of MIPS is the inverse ratio of times.
      mips[workload] = { checksum: [...checksums][0], node: nodeResult, chromium: chromiumResult, chromiumOverNode: round(nodeResult.seconds / chromiumResult.seconds, 2) };
    }
  } finally {
    await browser.close();
    await benchPage.close();
  }

  const firstVisitMs = best(loads.map((run) => run.firstVisitMs));
  const reloadMs = best(loads.map((run) => run.reloadMs));
  const loadAtEnd = load();
  process.stdout.write(`\nChromium ${chromiumVersion} vs Node ${process.version}, best of ${options.repeat} (Chromium/Node: ratio of MIPS, above 1 when Chromium is faster)\n`);
  process.stdout.write(`  workload  instructions  checksum          Node s  Node MIPS  Chromium s  Chromium MIPS  Chromium/Node\n`);
  for (const [workload, r] of Object.entries(mips)) {
    process.stdout.write(
      `  ${workload.padEnd(8)}  ${millions(r.node.instructions).padStart(12)}  ${r.checksum}  ${fixed(r.node.seconds, 3).padStart(6)}  ${fixed(r.node.mips, 1).padStart(9)}  ` +
        `${fixed(r.chromium.seconds, 3).padStart(10)}  ${fixed(r.chromium.mips, 1).padStart(13)}  ${fixed(r.chromiumOverNode, 2).padStart(13)}\n`,
    );
  }
  process.stdout.write(`  page load to tinyos prompt: first visit ${firstVisitMs} ms, reload (service worker) ${reloadMs} ms\n`);
  process.stdout.write(`\ntotal ${fixed((performance.now() - started) / 1000, 1)} s, load average ${loadAtEnd}; figures in ${JSON_PATH}\n`);

  mkdirSync(outputDir, { recursive: true });
  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    core: { file: core.file, sha256: core.sha256 },
    repeat: options.repeat,
    mips,
    pageLoad: { firstVisitMs, reloadMs, runs: loads },
  };
  writeFileSync(JSON_PATH, JSON.stringify(figures, null, 2) + '\n');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench/browser: ${reason(e)}\n`);
    process.exit(1);
  },
);
