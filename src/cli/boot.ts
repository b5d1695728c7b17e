// `tabvisor boot`: boots an operating system on the full machine with the terminal as its console.
import { loadCoreModule } from '../core/load-core.ts';
import { Vm, type VmConfig, type VmStats } from '../vm.ts';
import { NodeBlockBackend } from '../backends/node-block.ts';
import { NodeFs } from '../backends/node-fs.ts';
import type { CharBackend } from '../backends/types.ts';
import { UsageError, positiveInt } from './main.ts';
import { namedGuest, readImage, buildHint, OPENSBI_FW_DYNAMIC } from './guests.ts';

const BOOT_USAGE = `usage: tabvisor boot <tinyos|linux|uboot|KERNEL> [options]
  -m MiB                      guest RAM (default 128)
  -smp N                      harts (default 1, at most 8)
  -kernel FILE                kernel image (ELF, Linux Image or raw binary)
  -initrd FILE                initial ramdisk
  -append "ARGS"              kernel command line
  -drive file=F[,readonly]    a virtio disk (repeatable)
  -virtfs path=DIR,tag=T      a host folder shared over virtio-9p (repeatable)
  --firmware builtin|opensbi|none   who answers SBI calls (default builtin; none = M-mode ELF)
  --console uart|virtio       the 16550 (an exit per byte) or a virtio console (a batch per notification)
  --deterministic             guest time from the instruction count (reproducible runs)
  --stats                     print exit counts when the guest stops
In a terminal, Ctrl-A X quits. With stdin from a pipe or file, input is fed to the console and the run ends when
the guest powers off.`;

interface BootOptions {
  guest: string;
  ramMiB: number;
  harts: number;
  kernel?: string;
  initrd?: string;
  append?: string;
  drives: { file: string; readOnly: boolean }[];
  shares: { path: string; tag: string }[];
  firmware?: VmConfig['firmware'];
  console: VmConfig['console'];
  deterministic: boolean;
  stats: boolean;
}

/** Splits QEMU-style `key=value,flag` option values. */
function keyValues(spec: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    m.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? '' : part.slice(eq + 1));
  }
  return m;
}

function parseBootArgs(args: string[]): BootOptions {
  const o: BootOptions = { guest: '', ramMiB: 128, harts: 1, drives: [], shares: [], console: 'uart', deterministic: false, stats: false };
  const value = (i: number, option: string): string => {
    const v = args[i];
    if (v === undefined) throw new UsageError(`${option} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case '-m': o.ramMiB = positiveInt(args[++i], '-m'); break;
      case '-smp': o.harts = positiveInt(args[++i], '-smp'); break;
      case '-kernel': o.kernel = value(++i, a); break;
      case '-initrd': o.initrd = value(++i, a); break;
      case '-append': o.append = value(++i, a); break;
      case '-drive': {
        const kv = keyValues(value(++i, a));
        const file = kv.get('file');
        if (!file) throw new UsageError('-drive needs file=PATH');
        o.drives.push({ file, readOnly: kv.has('readonly') && kv.get('readonly') !== 'off' });
        break;
      }
      case '-virtfs': {
        const kv = keyValues(value(++i, a));
        const path = kv.get('path');
        const tag = kv.get('tag') ?? kv.get('mount_tag');
        if (!path || !tag) throw new UsageError('-virtfs needs path=DIR,tag=NAME');
        o.shares.push({ path, tag });
        break;
      }
      case '--firmware': {
        const f = value(++i, a);
        if (f !== 'builtin' && f !== 'opensbi' && f !== 'none') throw new UsageError(`--firmware must be builtin, opensbi or none (got ${f})`);
        o.firmware = f;
        break;
      }
      case '--console': {
        const c = value(++i, a);
        if (c !== 'uart' && c !== 'virtio') throw new UsageError(`--console must be uart or virtio (got ${c})`);
        o.console = c;
        break;
      }
      case '--deterministic': o.deterministic = true; break;
      case '--stats': o.stats = true; break;
      case '-h': case '--help': throw new UsageError(BOOT_USAGE);
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${BOOT_USAGE}`);
        if (o.guest) throw new UsageError(`unexpected argument ${a}`);
        o.guest = a;
    }
  }
  if (!o.guest && !o.kernel) throw new UsageError(`boot needs a guest or -kernel\n${BOOT_USAGE}`);
  return o;
}

/** Builds the VM configuration from the options: named guests bring their images and defaults. */
export function bootConfig(o: BootOptions): VmConfig {
  const named = o.guest ? namedGuest(o.guest) : null;
  const kernelPath = o.kernel ?? named?.kernel ?? o.guest;
  const hint = buildHint(named ? o.guest : 'kernel');
  const firmware = o.firmware ?? named?.firmware ?? 'builtin';
  const initrdPath = o.initrd ?? named?.initrd;
  return {
    ramMiB: o.ramMiB,
    harts: o.harts,
    firmware,
    console: o.console,
    kernel: readImage(kernelPath, hint),
    initrd: initrdPath ? readImage(initrdPath, hint) : undefined,
    firmwareImage: firmware === 'opensbi' ? readImage(OPENSBI_FW_DYNAMIC, buildHint('opensbi')) : undefined,
    bootargs: o.append ?? named?.bootargs?.(o.console) ?? '',
    drives: o.drives.map((d) => new NodeBlockBackend(d.file, d.readOnly)),
    shares: o.shares.map((s) => ({ fs: new NodeFs(s.path), tag: s.tag })),
    time: o.deterministic ? 'deterministic' : 'realtime',
  };
}

/** The terminal (or pipe) as the guest's console. In raw mode Ctrl-A X quits, Ctrl-A Ctrl-A sends Ctrl-A. */
function terminalConsole(onQuit: () => void, onInput: () => void): CharBackend & { close(): void } {
  let receiver: (bytes: Uint8Array) => void = () => {};
  const stdin = process.stdin;
  const raw = stdin.isTTY === true;
  let escape = false;
  const onData = (chunk: Buffer): void => {
    if (!raw) {
      receiver(new Uint8Array(chunk));
      onInput();
      return;
    }
    const out: number[] = [];
    for (const b of chunk) {
      if (escape) {
        escape = false;
        if (b === 0x78 || b === 0x58) return onQuit(); // x / X
        if (b === 0x01) out.push(0x01);
        continue;
      }
      if (b === 0x01) escape = true;
      else out.push(b);
    }
    if (out.length) receiver(new Uint8Array(out));
    onInput();
  };
  if (raw) stdin.setRawMode(true);
  stdin.on('data', onData);
  stdin.resume();
  return {
    write: (bytes) => process.stdout.write(bytes),
    onInput: (r) => {
      receiver = r;
    },
    close: () => {
      stdin.off('data', onData);
      if (raw) stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

/** Runs the boot command; returns the process exit status. */
export async function bootCommand(args: string[]): Promise<number> {
  const options = parseBootArgs(args);
  const config = bootConfig(options);
  const module = await loadCoreModule();
  let quit = false;
  let wake: (() => void) | undefined;
  const console = terminalConsole(() => {
    quit = true;
    wake?.();
  }, () => wake?.());
  try {
    const vm = await Vm.create(module, config, console);
    for (;;) {
      const status = vm.runFor(20);
      if (quit) break;
      if (status.state === 'halted' || status.state === 'error') break;
      const sleepMs = status.state === 'idle' ? Math.min(status.wakeInMs ?? 100, 100) : 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleepMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
    const stats = vm.stats();
    if (options.stats) process.stderr.write('\n' + formatStats(stats) + '\n');
    if (stats.state === 'error') throw new Error(`the VM stopped: ${stats.message}`);
    return quit ? 0 : (vm.exitCode ?? 0);
  } finally {
    console.close();
  }
}

/** Exit counts as a short table for the terminal. */
export function formatStats(s: VmStats): string {
  const lines = [`instructions: ${s.instructions}   exits: ${s.exits.total}   wfi idles: ${s.exits.idle}   uptime: ${(s.uptimeMs / 1000).toFixed(2)} s`];
  for (const [device, regs] of Object.entries(s.exits.mmio)) {
    lines.push(`  mmio ${device}: ` + Object.entries(regs).map(([r, n]) => `${r}=${n}`).join(' '));
  }
  for (const [ext, fns] of Object.entries(s.exits.hypercalls)) {
    lines.push(`  sbi ${ext}: ` + Object.entries(fns).map(([f, n]) => `${f}=${n}`).join(' '));
  }
  return lines.join('\n');
}
