// Differential: guests/fp-diff/fp-diff.elf (7.7 million FP operations on special and random operands in every rounding
// mode, one hash of results and flags per operation and mode) prints exactly the same lines on Tabvisor as on QEMU.
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/run-program.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';

const elf = fileURLToPath(new URL('../../guests/fp-diff/fp-diff.elf', import.meta.url));
const lines = (text: string): string[] => text.replaceAll('\r', '').split('\n').filter((l) => l.length > 0);

it('fp-diff prints the same hashes on Tabvisor as on QEMU', async () => {
  const qemu = spawnSync('qemu-system-riscv64', ['-machine', 'virt', '-nographic', '-bios', 'none', '-m', '64M', '-kernel', elf], {
    encoding: 'utf8', maxBuffer: 1 << 24, timeout: 600_000,
  });
  if (qemu.error) throw new Error(`qemu-system-riscv64: ${qemu.error.message} (apt-get install qemu-system-misc)`);
  expect(qemu.status).toBe(0);
  const expected = lines(qemu.stdout);
  let out = '';
  const result = await runProgram(await loadCoreModule(), readFileSync(elf), { output: (b) => (out += new TextDecoder().decode(b)) }, 'fp-diff');
  expect(result).toMatchObject({ reason: 'poweroff', exitCode: 0 });
  const ours = lines(out);
  expect(expected.at(-1)).toMatch(/^fp-diff total \d+$/);
  expect(Number(/\d+$/.exec(expected.at(-1)!)![0])).toBeGreaterThan(5_000_000);
  expect(ours.filter((line, i) => expected[i] !== line)).toEqual([]);
  expect(ours.length).toBe(expected.length);
});
