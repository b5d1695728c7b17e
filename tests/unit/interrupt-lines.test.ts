// What the hart reports about itself: misa against the device tree, and interrupt lines driven from outside the hart
// (PLIC, CLINT) versus the mip bits software writes (privileged spec §3.1.1, §3.1.9).
import { describe, it, expect, beforeAll } from 'vitest';
import { Core, Exit, RAM_BASE } from '../../src/core/core.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';
import { assemble } from '../../src/isa/disassemble.ts';
import { misaExtensionBits, RISCV_ISA } from '../../src/machine/device-tree.ts';

let module: WebAssembly.Module;
beforeAll(async () => {
  module = await loadCoreModule();
});

/** A one-hart core running `program` (assembly lines) from the start of RAM in M-mode. */
async function coreWith(program: string[], harts = 1): Promise<Core> {
  const core = await Core.create(module, 1 << 20, { read: () => null, write: () => false }, harts);
  const words = program.map((line, i) => assemble(line, BigInt(RAM_BASE + 4 * i)));
  const bytes = new Uint8Array(new Uint32Array(words).buffer);
  for (let h = 0; h < harts; h++) {
    core.selectHart(h);
    core.pc = BigInt(RAM_BASE);
  }
  core.selectHart(0);
  core.load(RAM_BASE, bytes);
  return core;
}

describe('misa', () => {
  it('agrees with the device tree: RV64 and exactly the riscv,isa letters plus S and U', async () => {
    const core = await coreWith(['csrrs a0,0x301,zero', 'wfi']);
    core.run(1);
    expect(core.getX(10)).toBe((2n << 62n) | BigInt(misaExtensionBits(RISCV_ISA)));
  });
});

describe('mip', () => {
  it('keeps a device-driven SEIP out of the software bit on csrrs', async () => {
    const core = await coreWith(['csrrsi zero,0x344,2', 'csrrs a0,0x344,zero', 'wfi']);
    core.setInterruptLine(0, 9, true);
    expect(core.run(1)).toBe(Exit.Budget); // csrrsi mip, SSIP while the PLIC holds SEIP high
    core.setInterruptLine(0, 9, false);
    core.run(1);
    expect(core.getX(10) & 0x202n).toBe(0x2n); // SSIP set by software, SEIP gone with the line
  });

  it('routes each hart its own lines and CLINT software interrupt', async () => {
    // Hart 0 raises hart 1's msip through the CLINT (0x0200_0004); hart 1 then sees MSIP pending.
    const core = await coreWith(['lui t0,0x2000', 'addi t1,zero,1', 'sw t1,4(t0)', 'csrrs a0,0x344,zero', 'wfi'], 2);
    core.run(4);
    expect(core.getX(10) & 0x8n).toBe(0n);
    expect(core.hartWakeable(1)).toBe(false); // mie is still 0 on hart 1
    core.selectHart(1);
    core.run(4); // hart 1 runs the same code: it reads its own mip before writing anything
    expect(core.getX(10) & 0x8n).toBe(0x8n);
    core.setInterruptLine(1, 11, true);
    core.selectHart(0);
    expect(core.getX(10) & 0x800n).toBe(0n); // hart 0's registers are its own
  });
});
