// Tests of the console back-pressure: output flows while the terminal keeps up, is skipped (and the skip reported)
// while it is too far behind, and flows again once it has caught up.
import { describe, expect, it } from 'vitest';
import { ConsoleFlow } from '../../web/console-flow.ts';

/** A terminal that parses only when the test says so. */
function slowTerminal() {
  const written: { chunk: Uint8Array; parsed: () => void }[] = [];
  return {
    written,
    write: (chunk: Uint8Array, parsed: () => void) => void written.push({ chunk, parsed }),
    parseAll() {
      for (const entry of written.splice(0)) entry.parsed();
    },
    text: () => written.map((entry) => new TextDecoder().decode(entry.chunk)).join(''),
  };
}

describe('ConsoleFlow', () => {
  it('passes output straight through while the terminal keeps up', () => {
    const terminal = slowTerminal();
    const flow = new ConsoleFlow(terminal.write, 100, 20);
    flow.deliver(new Uint8Array(60));
    terminal.parseAll();
    flow.deliver(new Uint8Array(60));
    expect(terminal.written.map((entry) => entry.chunk.length)).toEqual([60]);
    expect(flow.backlog).toBe(60);
  });

  it('skips output past the high-water mark and says how much once the terminal has caught up', () => {
    const terminal = slowTerminal();
    const flow = new ConsoleFlow(terminal.write, 100, 20);
    flow.deliver(new Uint8Array(60));
    flow.deliver(new Uint8Array(30));
    flow.deliver(new Uint8Array(30)); // would exceed 100: skipped
    flow.deliver(new Uint8Array(1)); // still skipping until the backlog drains
    expect(terminal.written.map((entry) => entry.chunk.length)).toEqual([60, 30]);
    terminal.parseAll();
    expect(terminal.text()).toContain('31 bytes of output skipped');
    terminal.parseAll();
    flow.deliver(new TextEncoder().encode('ok'));
    expect(terminal.text()).toBe('ok');
  });

  it('keeps skipping while the backlog stays above the low-water mark', () => {
    const terminal = slowTerminal();
    const flow = new ConsoleFlow(terminal.write, 100, 20);
    flow.deliver(new Uint8Array(50));
    flow.deliver(new Uint8Array(50));
    flow.deliver(new Uint8Array(10));
    terminal.written.shift()!.parsed(); // 50 left in flight: above 20
    flow.deliver(new Uint8Array(10));
    expect(terminal.written).toHaveLength(1);
    terminal.written.shift()!.parsed();
    expect(terminal.text()).toContain('20 bytes of output skipped');
  });
});
