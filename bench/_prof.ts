import { readFileSync } from 'node:fs';
import { loadCoreModule } from '../src/core/load-core.ts';
import { Vm } from '../src/vm.ts';
const m = await loadCoreModule();
const dir = '/root/.cache/tabvisor/guests/linux/';
let out = ''; let recv: (b: Uint8Array) => void = () => {};
let bytes = 0;
const vm = await Vm.create(m, { ramMiB: 128, firmware: 'builtin', console: process.argv[2] as 'virtio', kernel: readFileSync(dir + 'Image'), initrd: readFileSync(dir + 'initramfs.cpio'), bootargs: process.argv[2] === 'virtio' ? 'console=hvc1' : 'console=ttyS0', time: 'realtime' }, { write: (b) => { bytes += b.length; out += Buffer.from(b).toString('latin1'); if (out.length > 100000) out = out.slice(-1000); }, onInput(r) { recv = r; } });
async function until(s: string) { let idle = 0; const t = performance.now(); while (!out.includes(s)) { const st = vm.runFor(20); if (st.state === 'idle') { const a = performance.now(); await new Promise(r => setTimeout(r, Math.min(st.wakeInMs ?? 10, 10))); idle += performance.now() - a; } } return [performance.now() - t, idle]; }
await until('root@tabvisor:~# '); out = '';
for (let i = 0; i < 3; i++) {
  const i0 = vm.hart.instructions; const b0 = bytes;
  recv(new TextEncoder().encode("head -c 1048576 /dev/zero | tr '\\0' x; echo; echo BENCH-$((6*7))-DONE\n"));
  const [ms, idle] = await until('BENCH-42-DONE'); out = '';
  console.log(`${ms.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, ${vm.hart.instructions - i0} insns, ${bytes - b0} bytes, wfi ${vm.stats().exits.idle}`);
}
