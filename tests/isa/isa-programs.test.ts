// Runs every self-checking ISA program in guests/isa-tests/build on the core; each must report pass through tohost.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runProgram } from '../../src/run-program.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';

const dir = new URL('../../guests/isa-tests/build/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.elf')).sort();
let core: WebAssembly.Module;

beforeAll(async () => {
  core = await loadCoreModule();
});

describe('ISA test programs', () => {
  it('has the programs of every group, in physical and Sv39 variants', () => {
    for (const group of ['rv64ui', 'rv64um', 'rv64ua', 'rv64uc', 'rv64mi', 'rv64si', 'rv64sv']) {
      expect(programs.some((p) => p.startsWith(`${group}-p-`)), group).toBe(true);
    }
    for (const group of ['rv64ui', 'rv64um', 'rv64ua', 'rv64uc']) {
      expect(programs.some((p) => p.startsWith(`${group}-v-`)), group).toBe(true);
    }
  });

  it.each(programs)('%s passes', async (file) => {
    const result = await runProgram(core, readFileSync(new URL(file, dir)), { ramBytes: 64 << 20, maxInstructions: 50_000_000 }, file);
    expect(result.reason).toBe('tohost');
    expect(result.exitCode, `failed at TESTNUM ${result.exitCode}`).toBe(0);
  });
});
