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
    // Hart 0 raises hart 1's msip through the CLINT (0x0200_0004); hart 1 only reads its mip.
    const core = await coreWith(['lui t0,0x2000', 'addi t1,zero,1', 'sw t1,4(t0)', 'wfi'], 2);
    core.selectHart(1);
    core.load(RAM_BASE + 0x100, new Uint8Array(new Uint32Array([assemble('csrrs a0,0x344,zero'), assemble('wfi')]).buffer));
    core.pc = BigInt(RAM_BASE + 0x100);
    core.setCsr(0x304, 0x808n); // hart 1: mie.MSIE and MEIE
    core.selectHart(0);
    expect(core.hartWakeable(1)).toBe(false);
    core.run(3);
    expect(core.hartWakeable(1)).toBe(true); // the msip write reached hart 1
    expect(core.hartWakeable(0)).toBe(false); // and not hart 0 (whose mie is 0 anyway: check its mip)
    core.run(1);
    core.selectHart(1);
    core.run(1);
    expect(core.getX(10) & 0x808n).toBe(0x8n); // MSIP pending on hart 1, no external line
    core.setInterruptLine(1, 11, true);
    core.pc = BigInt(RAM_BASE + 0x100);
    core.setCsr(0x304, 0x800n); // MEIE only: an MEI must be pending by itself
    core.run(1);
    expect(core.getX(10) & 0x800n).toBe(0x800n);
    core.selectHart(0);
    core.pc = BigInt(RAM_BASE);
    core.load(RAM_BASE, new Uint8Array(new Uint32Array([assemble('csrrs a0,0x344,zero')]).buffer));
    core.run(1);
    expect(core.getX(10) & 0x808n).toBe(0n); // hart 0 has neither
  });

  it('hides a software-written STIP once Sstc drives it (menvcfg.STCE)', async () => {
    const core = await coreWith(['addi t0,zero,32', 'csrrs zero,0x344,t0', 'csrrs a0,0x344,zero', 'csrrs a1,0x344,zero']);
    core.run(3);
    expect(core.getX(10) & 0x20n).toBe(0x20n); // without STCE, M-mode owns STIP
    core.setCsr(0x30a, 1n << 63n); // STCE
    core.setCsr(0x14d, (1n << 64n) - 1n); // stimecmp far ahead
    core.run(1);
    expect(core.getX(11) & 0x20n).toBe(0n);
  });
});

describe('idle', () => {
  it('reports that nothing can wake a hart whose only timer already fired but is masked', async () => {
    // mtimecmp = 0 (already due), MTIE off: the wfi can never end.
    const core = await coreWith(['lui t0,0x2004', 'sd zero,0(t0)', 'wfi', 'jal zero,' + (RAM_BASE + 8).toString(16)]);
    expect(core.run(100)).toBe(Exit.Idle);
    expect(core.ticksToWake(0)).toBe(-1);
  });

  it('counts an enabled future timer, and says 0 once an enabled interrupt is pending', async () => {
    // mtimecmp = 1000 ticks ahead, MTIE on.
    const core = await coreWith(['lui t0,0x2004', 'addi t1,zero,1000', 'sd t1,0(t0)', 'addi t2,zero,128', 'csrrs zero,0x304,t2', 'wfi']);
    expect(core.run(100)).toBe(Exit.Idle);
    const ticks = core.ticksToWake(0);
    expect(ticks).toBeGreaterThan(990);
    expect(ticks).toBeLessThanOrEqual(1000);
    core.advanceTime(ticks);
    expect(core.ticksToWake(0)).toBe(0);
  });
});
