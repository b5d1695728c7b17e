// `tabvisor boot` from a script: piped input drives the console, poweroff ends the run, bad input gets a clear error.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../src/cli/tabvisor.js', import.meta.url).pathname;
const boot = (args: string[], input: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [cli, 'boot', ...args], { input, encoding: 'utf8', env, timeout: 60_000 });

describe('tabvisor boot', () => {
  it('feeds piped input to tinyOS and exits 0 when it powers off, with exit counts', () => {
    const r = boot(['tinyos', '--deterministic', '--stats'], 'info\npoweroff\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/booted in S-mode/);
    expect(r.stdout).toContain('rv64imafdc_zicsr_zifencei_sstc');
    expect(r.stdout).toContain('powering off via SBI SRST');
    expect(r.stderr).toMatch(/sbi srst: system_reset=1/);
    expect(r.stderr).toMatch(/mmio uart0: .*RBR\/THR\/DLL=\d+/);
  });

  it('boots tinyOS in M-mode with --firmware none and on the virtio console', () => {
    const r = boot(['tinyos', '--firmware', 'none', '--console', 'virtio', '-smp', '2'], 'poweroff\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/booted in M-mode .* on hart 0 of 2/);
  });

  it('names the command that builds a missing guest', () => {
    const r = boot(['linux'], '', { ...process.env, TABVISOR_CACHE: mkdtempSync(join(tmpdir(), 'tabvisor-empty-')) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not found: build it with: npm run guests:linux/);
  });

  it('rejects wrong flags with the usage text', () => {
    const r = boot(['tinyos', '--firmware', 'bios'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--firmware must be builtin, opensbi or none/);
    expect(boot(['tinyos', '-m', 'lots'], '').stderr).toMatch(/-m needs a positive integer/);
  });
});
