// `tabvisor boot`: boots an operating system on the full machine (filled in with the VM).
import { UsageError } from './main.ts';

/** Runs the boot command; returns the process exit status. */
export async function bootCommand(_args: string[]): Promise<number> {
  throw new UsageError('boot is not available yet');
}
