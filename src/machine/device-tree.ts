// Builds the QEMU-virt-compatible device tree blob from the machine table rows and the machine configuration.
// Node for node it mirrors QEMU 7.2's hw/riscv/virt.c (create_fdt_*), minus the devices we do not have (PCI, flash, fw-cfg).

import { FdtTree, type FdtNode, splitU64 } from './fdt.ts';
import {
  HART_IRQ,
  PLIC_SOURCES,
  TIMEBASE_HZ,
  UART_CLOCK_HZ,
  type MachineConfig,
  type MachineRow,
} from './table.ts';

/**
 * The ISA string of every hart (device tree `riscv,isa`, shown by /proc/cpuinfo).
 * The core's misa must agree: see misaExtensionBits().
 */
export const RISCV_ISA = 'rv64imafdc_zicsr_zifencei_sstc';

/** Paging mode advertised as `mmu-type`. */
export const RISCV_MMU_TYPE = 'riscv,sv39';

/** Value written to the test device to power off, advertised by the syscon-poweroff node (sifive-test.ts). */
export const SYSCON_POWEROFF_VALUE = 0x5555;
/** Value written to the test device to reset, advertised by the syscon-reboot node. */
export const SYSCON_REBOOT_VALUE = 0x7777;

/** The misa extension bits (bit n = letter 'a' + n) of RISCV_ISA's single-letter extensions, plus S and U (privileged spec 3.1.1). */
export function misaExtensionBits(isa: string = RISCV_ISA): number {
  const letters = isa.slice(4).split('_')[0]; // "rv64imafdc_..." -> "imafdc"
  let bits = 0;
  for (const ch of letters + 'su') bits |= 1 << (ch.charCodeAt(0) - 97);
  return bits >>> 0;
}

/** The device tree path of a row's node ("/soc/serial@10000000"). */
export function nodePath(row: MachineRow): string {
  return row.nodeName === 'memory' ? `/${nodeName(row)}` : `/soc/${nodeName(row)}`;
}

function nodeName(row: MachineRow): string {
  return `${row.nodeName}@${row.base.toString(16)}`;
}

/** A `reg` value for #address-cells = #size-cells = 2. */
function reg(row: MachineRow): number[] {
  return [...splitU64(row.base), ...splitU64(row.size)];
}

/**
 * Builds the DTB for a machine. `rows` are machineRows(config); only present rows get nodes.
 * Phandles are allocated in a fixed order: cpu@h gets 2h+1 and its interrupt controller 2h+2, then the PLIC, then the test device.
 */
export function buildDeviceTree(rows: readonly MachineRow[], config: MachineConfig): Uint8Array {
  const tree = new FdtTree();
  const root = tree.root
    .u32('#address-cells', 2)
    .u32('#size-cells', 2)
    .string('compatible', 'riscv-virtio')
    .string('model', 'riscv-virtio,tabvisor');

  const chosen = root.addNode('chosen');
  if (config.bootargs !== '') chosen.string('bootargs', config.bootargs);
  const uart = rows.find((r) => r.compatible.includes('ns16550a'));
  if (config.console === 'uart' && uart) chosen.string('stdout-path', nodePath(uart));
  if (config.initrd) {
    chosen.u64('linux,initrd-start', config.initrd.start).u64('linux,initrd-end', config.initrd.end);
  }
  if (config.rngSeed) chosen.bytes('rng-seed', config.rngSeed);

  for (const row of rows) {
    if (row.nodeName === 'memory') root.addNode(nodeName(row)).string('device_type', 'memory').cells('reg', reg(row));
  }

  const intcs = addCpus(tree, root, config.harts);

  const soc = root.addNode('soc').u32('#address-cells', 2).u32('#size-cells', 2).string('compatible', 'simple-bus').empty('ranges');
  const plicRow = rows.find((r) => r.name === 'plic');
  const plicNode = plicRow ? soc.addNode(nodeName(plicRow)) : undefined;
  const plic = plicNode ? tree.phandle(plicNode) : undefined;

  for (const row of rows) {
    if (row.owner === 'core' && row.nodeName !== 'clint') continue; // boot ROM and RAM have no soc node
    const node = row === plicRow && plicNode ? plicNode : soc.addNode(nodeName(row));
    switch (row.nodeName) {
      case 'clint':
        node.cells(
          'interrupts-extended',
          intcs.flatMap((intc) => [intc, HART_IRQ.machineSoftware, intc, HART_IRQ.machineTimer]),
        );
        break;
      case 'plic':
        // Context 2h is hart h's M-mode external interrupt, 2h+1 its S-mode one (the order Linux and OpenSBI expect).
        node
          .u32('#address-cells', 0)
          .u32('#interrupt-cells', 1)
          .empty('interrupt-controller')
          .cells(
            'interrupts-extended',
            intcs.flatMap((intc) => [intc, HART_IRQ.machineExternal, intc, HART_IRQ.supervisorExternal]),
          )
          .u32('riscv,ndev', PLIC_SOURCES);
        break;
      case 'serial':
        node.u32('clock-frequency', UART_CLOCK_HZ);
        break;
      case 'test': {
        const test = tree.phandle(node);
        root.addNode('poweroff').string('compatible', 'syscon-poweroff').u32('regmap', test).u32('offset', 0).u32('value', SYSCON_POWEROFF_VALUE);
        root.addNode('reboot').string('compatible', 'syscon-reboot').u32('regmap', test).u32('offset', 0).u32('value', SYSCON_REBOOT_VALUE);
        break;
      }
    }
    if (row.irq !== undefined && plic !== undefined) node.u32('interrupts', row.irq).u32('interrupt-parent', plic);
    node.cells('reg', reg(row)).strings('compatible', row.compatible);
  }
  return tree.toBlob();
}

/** Adds /cpus with one cpu@h per hart and a cpu-map; returns each hart's interrupt-controller phandle. */
function addCpus(tree: FdtTree, root: FdtNode, harts: number): number[] {
  const cpus = root.addNode('cpus').u32('#address-cells', 1).u32('#size-cells', 0).u32('timebase-frequency', TIMEBASE_HZ);
  const intcs: number[] = [];
  const cpuPhandles: number[] = [];
  for (let hart = 0; hart < harts; hart++) {
    const cpu = cpus.addNode(`cpu@${hart}`);
    cpuPhandles.push(tree.phandle(cpu));
    cpu
      .string('device_type', 'cpu')
      .u32('reg', hart)
      .string('status', 'okay')
      .string('compatible', 'riscv')
      .string('riscv,isa', RISCV_ISA)
      .string('mmu-type', RISCV_MMU_TYPE);
    const intc = cpu
      .addNode('interrupt-controller')
      .u32('#address-cells', 0)
      .u32('#interrupt-cells', 1)
      .empty('interrupt-controller')
      .string('compatible', 'riscv,cpu-intc');
    intcs.push(tree.phandle(intc));
  }
  const cluster = cpus.addNode('cpu-map').addNode('cluster0');
  cpuPhandles.forEach((ph, hart) => cluster.addNode(`core${hart}`).u32('cpu', ph));
  return intcs;
}
