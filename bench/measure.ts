// Shared pieces of the benchmarks: timing child processes, finding tools, and formatting figures for the report.
import { spawn, spawnSync } from 'node:child_process';

/** The outcome of one benchmark line: measured, skipped for a missing input, or failed. */
export type Outcome<T> = { kind: 'ok'; value: T } | { kind: 'skipped'; why: string } | { kind: 'failed'; why: string };

/** What a finished child process gave back. */
export interface TimedProcess {
  seconds: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Wall-clock seconds since `start` (a performance.now() reading). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

/** Runs a command to completion and times it from spawn to exit (so process start-up is included, as for a user). */
export function timeProcess(command: string, args: string[], timeoutMs = 120_000): Promise<TimedProcess> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ seconds: secondsSince(start), status, stdout, stderr });
    });
  });
}

/** Whether a command is on the PATH. */
export function haveCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The smallest of some wall times: the run least disturbed by other work on a shared machine. */
export function best(values: number[]): number {
  return Math.min(...values);
}

/** A number with a fixed count of decimals. */
export function fixed(v: number, digits = 2): string {
  return v.toFixed(digits);
}

/** Instructions in millions, e.g. "612.3 M". */
export function millions(n: number): string {
  return `${(n / 1e6).toFixed(1)} M`;
}

/** A ratio of times as "7.4x". */
export function times(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}x`;
}

/** Prints one report line, indented under its section. */
export function line(text: string): void {
  process.stdout.write(`  ${text}\n`);
}

/** Prints a section heading. */
export function heading(text: string): void {
  process.stdout.write(`\n${text}\n`);
}

/** An error's message without a stack trace. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
