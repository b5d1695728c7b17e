// The FDT writer and the machine's device tree, checked by decompiling with dtc (Debian's device-tree-compiler).

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FdtTree } from '../../src/machine/fdt.ts';
import { buildDeviceTree, misaExtensionBits, RISCV_ISA } from '../../src/machine/device-tree.ts';
import { machineRows, type MachineConfig, type MachineRow } from '../../src/machine/table.ts';

/** Runs dtc on `input`; fails the test (never skips) when dtc is not installed. */
function dtc(args: string[], input: Uint8Array | string): { stdout: Buffer; stderr: string } {
  const run = spawnSync('dtc', args, { input });
  if (run.error) throw new Error(`dtc is missing: apt-get install device-tree-compiler (${run.error.message})`);
  const stderr = run.stderr.toString();
  if (run.status !== 0) throw new Error(`dtc ${args.join(' ')} failed (${run.status}): ${stderr}`);
  return { stdout: run.stdout, stderr };
}

/** Our blob as sorted DTS text; asserts dtc had nothing to warn about. */
function decompile(blob: Uint8Array): string {
  const { stdout, stderr } = dtc(['-I', 'dtb', '-O', 'dts', '-s'], blob);
  expect(stderr).toBe('');
  return stdout.toString();
}

const config: MachineConfig = {
  ramBytes: 256 * 1024 * 1024,
  harts: 2,
  bootargs: 'console=ttyS0 earlycon',
  initrd: { start: 0x8400_0000, end: 0x8412_3456 },
  virtio: [
    { slot: 3, kind: 'net' },
    { slot: 0, kind: 'block' },
  ],
  console: 'uart',
  rngSeed: Uint8Array.of(0xde, 0xad, 0xbe, 0xef),
};

const hex = (n: number): string => `0x${n.toString(16)}`;
const regOf = (r: MachineRow): string => `<0x0 ${hex(r.base)} 0x0 ${hex(r.size)}>`;

/**
 * The tree we expect, written as DTS by hand from the table rows and the config, independently of the FDT writer.
 * Phandles follow buildDeviceTree's documented order: cpu@h = 2h+1, its intc 2h+2, then the PLIC, then the test device.
 */
function expectedDts(rows: readonly MachineRow[], c: MachineConfig): string {
  const plic = 2 * c.harts + 1;
  const test = plic + 1;
  const intc = (h: number): number => 2 * h + 2;
  const perHart = (f: (h: number) => string): string => Array.from({ length: c.harts }, (_, h) => f(h)).join(' ');
  const soc = rows
    .filter((r) => r.owner === 'shell' || r.name === 'clint')
    .map((r) => {
      const name = `${r.nodeName}@${r.base.toString(16)}`;
      const compatible = `compatible = ${r.compatible.map((s) => `"${s}"`).join(', ')};`;
      const irq = r.irq === undefined ? '' : `interrupts = <${r.irq}>; interrupt-parent = <${plic}>;`;
      let extra = '';
      if (r.name === 'clint') extra = `interrupts-extended = <${perHart((h) => `${intc(h)} 3 ${intc(h)} 7`)}>;`;
      if (r.name === 'plic') {
        extra = `phandle = <${plic}>; #address-cells = <0>; #interrupt-cells = <1>; interrupt-controller;
          interrupts-extended = <${perHart((h) => `${intc(h)} 11 ${intc(h)} 9`)}>; riscv,ndev = <31>;`;
      }
      if (r.name === 'test') extra = `phandle = <${test}>;`;
      if (r.name === 'uart0') extra = 'clock-frequency = <3686400>;';
      return `${name} { reg = ${regOf(r)}; ${compatible} ${irq} ${extra} };`;
    })
    .join('\n');
  const cpus = Array.from(
    { length: c.harts },
    (_, h) => `cpu@${h} { phandle = <${2 * h + 1}>; device_type = "cpu"; reg = <${h}>; status = "okay"; compatible = "riscv";
      riscv,isa = "${RISCV_ISA}"; mmu-type = "riscv,sv39";
      interrupt-controller { #address-cells = <0>; #interrupt-cells = <1>; interrupt-controller;
        compatible = "riscv,cpu-intc"; phandle = <${intc(h)}>; }; };`,
  ).join('\n');
  const cores = Array.from({ length: c.harts }, (_, h) => `core${h} { cpu = <${2 * h + 1}>; };`).join(' ');
  const ram = rows.find((r) => r.name === 'ram')!;
  const seed = c.rngSeed ? `rng-seed = [${[...c.rngSeed].map((b) => b.toString(16).padStart(2, '0')).join(' ')}];` : '';
  const initrd = c.initrd ? `linux,initrd-start = /bits/ 64 <${hex(c.initrd.start)}>; linux,initrd-end = /bits/ 64 <${hex(c.initrd.end)}>;` : '';
  return `/dts-v1/;
/ {
  #address-cells = <2>; #size-cells = <2>; compatible = "riscv-virtio"; model = "riscv-virtio,tabvisor";
  chosen { bootargs = "${c.bootargs}"; stdout-path = "/soc/serial@10000000"; ${initrd} ${seed} };
  memory@80000000 { device_type = "memory"; reg = ${regOf(ram)}; };
  cpus { #address-cells = <1>; #size-cells = <0>; timebase-frequency = <10000000>;
    ${cpus}
    cpu-map { cluster0 { ${cores} }; };
  };
  soc { #address-cells = <2>; #size-cells = <2>; compatible = "simple-bus"; ranges;
    ${soc}
  };
  poweroff { compatible = "syscon-poweroff"; regmap = <${test}>; offset = <0>; value = <0x5555>; };
  reboot { compatible = "syscon-reboot"; regmap = <${test}>; offset = <0>; value = <0x7777>; };
};
`;
}

describe('machine device tree', () => {
  it('decompiles cleanly and equals the tree written by hand from the table', () => {
    const rows = machineRows(config);
    const ours = decompile(buildDeviceTree(rows, config));
    // Compile the expected source too, so both sides pass through the same dtb-to-dts decompiler (same value heuristics).
    const expected = decompile(dtc(['-I', 'dts', '-O', 'dtb'], expectedDts(rows, config)).stdout);
    expect(ours).toBe(expected);
  });

  it('lists only present devices and points stdout-path at the console', () => {
    const bare: MachineConfig = { ramBytes: 64 << 20, harts: 1, bootargs: '', virtio: [], console: 'uart' };
    const dts = decompile(buildDeviceTree(machineRows(bare), bare));
    expect(dts).not.toContain('virtio_mmio');
    expect(dts).not.toContain('bootargs');
    expect(dts).not.toContain('linux,initrd-start');
    expect(dts).toContain('stdout-path = "/soc/serial@10000000"');
    expect(dts).toContain('reg = <0x00 0x80000000 0x00 0x4000000>');

    const virtioConsole: MachineConfig = { ...bare, virtio: [{ slot: 7, kind: 'console' }], console: 'virtio' };
    const dts2 = decompile(buildDeviceTree(machineRows(virtioConsole), virtioConsole));
    expect(dts2).not.toContain('stdout-path');
    expect(dts2).toMatch(/virtio_mmio@10008000 \{\s*compatible = "virtio,mmio";\s*interrupt-parent = <0x03>;\s*interrupts = <0x08>;/);
  });

  it('keeps the ISA string and misa in agreement', () => {
    expect(RISCV_ISA.startsWith('rv64imafdc_')).toBe(true);
    // A, C, D, F, I, M, S, U: bits 0, 2, 3, 5, 8, 12, 18, 20.
    expect(misaExtensionBits()).toBe(0x14112d);
  });
});

describe('FDT writer', () => {
  it('writes a v17 header, the reservation block and deduplicated property names', () => {
    const tree = new FdtTree();
    tree.root.u32('#address-cells', 2).u32('#size-cells', 2);
    tree.root.addNode('a').string('compatible', 'x').u64('big', 0x1_2345_6789);
    tree.root.addNode('b').strings('compatible', ['y', 'z']).empty('flag').bytes('raw', Uint8Array.of(1, 2, 3));
    tree.reserve(0x8000_0000, 0x20_0000);
    const blob = tree.toBlob();
    const view = new DataView(blob.buffer);
    expect(view.getUint32(0)).toBe(0xd00dfeed);
    expect(view.getUint32(4)).toBe(blob.length);
    expect(view.getUint32(20)).toBe(17);
    expect(view.getUint32(24)).toBe(16);
    const strings = new TextDecoder().decode(blob.subarray(view.getUint32(12), view.getUint32(12) + view.getUint32(32)));
    expect(strings.split('\0').filter((s) => s === 'compatible')).toHaveLength(1);

    const dts = decompile(blob);
    expect(dts).toContain('/memreserve/\t0x0000000080000000 0x0000000000200000;');
    expect(dts).toContain('big = <0x01 0x23456789>;');
    expect(dts).toContain('compatible = "y\\0z";');
    expect(dts).toContain('flag;');
    expect(dts).toContain('raw = [01 02 03];');
  });

  it('allocates each phandle once and refuses malformed input', () => {
    const tree = new FdtTree();
    const a = tree.root.addNode('a');
    const b = tree.root.addNode('b');
    expect(tree.phandle(a)).toBe(1);
    expect(tree.phandle(b)).toBe(2);
    expect(tree.phandle(a)).toBe(1);
    expect(a.properties.filter((p) => p.name === 'phandle')).toHaveLength(1);
    expect(() => tree.root.addNode('a')).toThrow(/duplicate node a/);
    expect(() => a.u32('x', 2 ** 32)).toThrow(/not a u32/);
    expect(() => a.string('x', 'a\0b')).toThrow(/NUL/);
  });
});
