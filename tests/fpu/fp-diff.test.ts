// Differential test: guests/fp-diff/fp-diff.elf (7.7 million FP operations, one hash per operation and rounding mode)
// must print exactly the same lines on Tabvisor (`tabvisor run`) as on QEMU's virt machine.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './fpu-wasm.ts';

const elf = join(repoRoot, 'guests/fp-diff/fp-diff.elf');

function outputLines(command: string, args: string[]): string[] {
  const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24, timeout: 600_000 });
  if (run.error) throw new Error(`${command}: ${run.error.message} (QEMU comes with the Debian package qemu-system-misc)`);
  expect(run.status, `${command} ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout.replaceAll('\r', '').split('\n').filter((line) => line.length > 0);
}

it('fp-diff prints the same hashes on Tabvisor as on QEMU', () => {
  const qemu = outputLines('qemu-system-riscv64', ['-machine', 'virt', '-nographic', '-bios', 'none', '-m', '64M', '-kernel', elf]);
  const tabvisor = outputLines(process.execPath, [join(repoRoot, 'bin/tabvisor.js'), 'run', elf]);
  expect(qemu.at(-1)).toMatch(/^fp-diff total \d+$/);
  expect(qemu.length).toBeGreaterThan(200);
  const mismatched = qemu.filter((line, index) => tabvisor[index] !== line);
  expect(mismatched).toEqual([]);
  expect(tabvisor.length).toBe(qemu.length);
}, 900_000);
