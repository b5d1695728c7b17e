// virtio-console: output to the backend, input into posted buffers without loss, and the MULTIPORT control protocol.

import { describe, expect, it } from 'vitest';
import type { CharBackend } from '../../../src/backends/types.ts';
import { VirtioConsole } from '../../../src/devices/virtio/console.ts';
import { GuestDriver, REG, concat } from './guest-driver.ts';

const F_MULTIPORT = 1n << 1n;
const DEVICE_READY = 0;
const DEVICE_ADD = 1;
const PORT_READY = 3;
const CONSOLE_PORT = 4;
const PORT_OPEN = 6;
const PORT_NAME = 7;

/** A terminal stand-in: records output, lets the test type input. */
class FakeTerminal implements CharBackend {
  output: number[] = [];
  private receiver: (bytes: Uint8Array) => void = () => {};
  write(bytes: Uint8Array): void {
    this.output.push(...bytes);
  }
  onInput(receiver: (bytes: Uint8Array) => void): void {
    this.receiver = receiver;
  }
  type(text: string): void {
    this.receiver(new TextEncoder().encode(text));
  }
  text(): string {
    return new TextDecoder().decode(Uint8Array.from(this.output));
  }
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** struct virtio_console_control: le32 id, le16 event, le16 value (§5.3.6.2). */
function control(id: number, event: number, value: number): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, id, true);
  view.setUint16(4, event, true);
  view.setUint16(6, value, true);
  return out;
}

interface ControlMessage {
  id: number;
  event: number;
  value: number;
  payload: string;
}

/** Posts `count` control receive buffers (queue 2) up front, as Linux does. */
function postControlBuffers(guest: GuestDriver, count: number): number[] {
  return Array.from({ length: count }, () => guest.submit(2, [{ in: 64 }]));
}

function readControl(guest: GuestDriver): ControlMessage[] {
  return guest.takeUsed(2).map(({ id, len }) => {
    const bytes = guest.reply(2, id, len);
    const view = new DataView(bytes.buffer);
    return { id: view.getUint32(0, true), event: view.getUint16(4, true), value: view.getUint16(6, true), payload: new TextDecoder().decode(bytes.subarray(8)) };
  });
}

describe('virtio-console, single port', () => {
  it('sends transmit-queue bytes to the backend', () => {
    const terminal = new FakeTerminal();
    const guest = new GuestDriver(new VirtioConsole(terminal));
    guest.init((offered) => offered & ~F_MULTIPORT);
    guest.submit(1, [{ out: text('hello ') }, { out: text('world\n') }]);
    expect(terminal.text()).toBe('hello world\n');
    expect(guest.takeUsed(1)).toHaveLength(1);
  });

  it('keeps typed input until the guest posts buffers, then delivers all of it in order', () => {
    const terminal = new FakeTerminal();
    const guest = new GuestDriver(new VirtioConsole(terminal));
    terminal.type('typed before boot;');
    guest.init((offered) => offered & ~F_MULTIPORT);
    terminal.type(' and more');
    const first = guest.submit(0, [{ in: 10 }]);
    const second = guest.submit(0, [{ in: 64 }]);
    const used = guest.takeUsed(0);
    expect(used.map((u) => u.id)).toEqual([first, second]);
    const received = concat(guest.reply(0, first, used[0].len), guest.reply(0, second, used[1].len));
    expect(new TextDecoder().decode(received)).toBe('typed before boot; and more');
    // A buffer posted with nothing pending waits, and the next keystroke fills it.
    const third = guest.submit(0, [{ in: 8 }]);
    expect(guest.takeUsed(0)).toEqual([]);
    terminal.type('x');
    expect(guest.takeUsed(0)).toEqual([{ id: third, len: 1 }]);
    expect(guest.irq.level).toBe(true);
  });

  it('writes emerg_wr characters to port 0', () => {
    const terminal = new FakeTerminal();
    const guest = new GuestDriver(new VirtioConsole(terminal));
    guest.transport.write(REG.Config + 8, 4, 0x21);
    expect(terminal.text()).toBe('!');
  });
});

describe('virtio-console, MULTIPORT with an agent port', () => {
  it('announces both ports, makes port 0 the console, names port 1, and carries data on port 1', () => {
    const terminal = new FakeTerminal();
    const agent = new FakeTerminal();
    const guest = new GuestDriver(new VirtioConsole(terminal, { agent }));
    expect(guest.transport.read(REG.Config + 4, 4)).toBe(2);
    guest.init();
    postControlBuffers(guest, 8);

    guest.submit(3, [{ out: control(0, DEVICE_READY, 1) }]);
    expect(readControl(guest)).toEqual([
      { id: 0, event: DEVICE_ADD, value: 0, payload: '' },
      { id: 1, event: DEVICE_ADD, value: 0, payload: '' },
    ]);

    guest.submit(3, [{ out: control(0, PORT_READY, 1) }]);
    expect(readControl(guest)).toEqual([
      { id: 0, event: CONSOLE_PORT, value: 1, payload: '' },
      { id: 0, event: PORT_OPEN, value: 1, payload: '' },
    ]);
    guest.submit(3, [{ out: control(1, PORT_READY, 1) }]);
    expect(readControl(guest)).toEqual([
      { id: 1, event: PORT_NAME, value: 0, payload: 'tabvisor.agent' },
      { id: 1, event: PORT_OPEN, value: 1, payload: '' },
    ]);

    // Agent input waits for the guest to open the port, then lands in port 1's receive queue (queue 4).
    agent.type('{"cmd":"ps"}');
    const rx = guest.submit(4, [{ in: 64 }]);
    expect(guest.takeUsed(4)).toEqual([]);
    guest.submit(3, [{ out: control(1, PORT_OPEN, 1) }]);
    const used = guest.takeUsed(4);
    expect(used).toEqual([{ id: rx, len: 12 }]);
    expect(new TextDecoder().decode(guest.reply(4, rx, 12))).toBe('{"cmd":"ps"}');

    // Port 1's transmit queue (5) reaches the agent backend, not the console.
    guest.submit(5, [{ out: text('ok') }]);
    expect(agent.text()).toBe('ok');
    guest.submit(1, [{ out: text('$ ') }]);
    expect(terminal.text()).toBe('$ ');
  });

  it('delivers control messages sent before any control buffer once buffers arrive', () => {
    const guest = new GuestDriver(new VirtioConsole(new FakeTerminal(), { agent: new FakeTerminal() }));
    guest.init();
    guest.submit(3, [{ out: control(0, DEVICE_READY, 1) }]);
    expect(guest.takeUsed(2)).toEqual([]);
    postControlBuffers(guest, 2);
    expect(readControl(guest).map((m) => [m.id, m.event])).toEqual([
      [0, DEVICE_ADD],
      [1, DEVICE_ADD],
    ]);
  });
});
