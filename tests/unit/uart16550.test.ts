// The 16550 UART against what Linux's 8250 driver does: IIR priorities, THRE re-arming, FIFO and host queue, line status.

import { describe, expect, it } from 'vitest';
import type { CharBackend } from '../../src/backends/types.ts';
import type { IrqLine } from '../../src/devices/device.ts';
import {
  FCR_CLEAR_RCVR,
  FCR_ENABLE_FIFO,
  IER_RDI,
  IER_RLSI,
  IER_THRI,
  IIR_NO_INT,
  LCR_DLAB,
  LSR_DR,
  LSR_OE,
  LSR_TEMT,
  LSR_THRE,
  Uart16550,
  UART_IER_DLM,
  UART_IIR_FCR,
  UART_LCR,
  UART_LSR,
  UART_MSR,
  UART_RBR_THR_DLL,
  UART_SCR,
} from '../../src/devices/uart16550.ts';

class BufferBackend implements CharBackend {
  output: number[] = [];
  receiver: (bytes: Uint8Array) => void = () => {};
  write(bytes: Uint8Array): void {
    this.output.push(...bytes);
  }
  onInput(receiver: (bytes: Uint8Array) => void): void {
    this.receiver = receiver;
  }
  type(text: string): void {
    this.receiver(new TextEncoder().encode(text));
  }
}

class FakeIrq implements IrqLine {
  level = false;
  set(level: boolean): void {
    this.level = level;
  }
}

function setup(options = {}) {
  const backend = new BufferBackend();
  const irq = new FakeIrq();
  const uart = new Uart16550(backend, irq, options);
  const rd = (offset: number): number => uart.read(offset, 1);
  const wr = (offset: number, value: number): void => uart.write(offset, 1, value);
  return { backend, irq, uart, rd, wr };
}

describe('Uart16550', () => {
  it('passes the 8250 startup THRE test: enabling THRI raises THRE, reading IIR clears it, a new rising edge re-arms it', () => {
    const { irq, rd, wr } = setup();
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    expect(rd(UART_IIR_FCR)).toBe(0xc1); // FIFO enabled, no interrupt
    wr(UART_IER_DLM, IER_THRI);
    expect(irq.level).toBe(true);
    expect(rd(UART_IIR_FCR)).toBe(0xc2); // THRE
    expect(irq.level).toBe(false);
    expect(rd(UART_IIR_FCR)).toBe(0xc1); // reading IIR reset it
    wr(UART_IER_DLM, IER_THRI); // no rising edge: stays quiet
    expect(rd(UART_IIR_FCR)).toBe(0xc1);
    wr(UART_IER_DLM, 0);
    wr(UART_IER_DLM, IER_THRI);
    expect(rd(UART_IIR_FCR)).toBe(0xc2);
  });

  it('sends THR writes to the backend and raises THRE again after each byte', () => {
    const { backend, irq, rd, wr } = setup();
    wr(UART_IER_DLM, IER_THRI);
    expect(rd(UART_IIR_FCR)).toBe(0x02); // FIFOs off: bits 7:6 clear
    expect(irq.level).toBe(false);
    for (const c of 'hi\n') wr(UART_RBR_THR_DLL, c.charCodeAt(0));
    expect(new TextDecoder().decode(Uint8Array.from(backend.output))).toBe('hi\n');
    expect(irq.level).toBe(true);
    expect(rd(UART_LSR) & (LSR_THRE | LSR_TEMT)).toBe(LSR_THRE | LSR_TEMT);
    wr(UART_IER_DLM, 0);
    expect(irq.level).toBe(false);
  });

  it('reports interrupts in priority order: line status, received data, THRE', () => {
    const { backend, irq, rd, wr } = setup({ hostQueueBytes: 0 });
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO | 0xc0); // trigger level 14
    wr(UART_IER_DLM, IER_RDI | IER_THRI | IER_RLSI);
    backend.type('x'.repeat(17)); // one byte more than the FIFO holds: overrun
    expect(irq.level).toBe(true);
    expect(rd(UART_IIR_FCR)).toBe(0xc6); // receiver line status
    expect(rd(UART_LSR) & (LSR_OE | LSR_DR)).toBe(LSR_OE | LSR_DR);
    expect(rd(UART_LSR) & LSR_OE).toBe(0); // reading LSR cleared OE
    expect(rd(UART_IIR_FCR)).toBe(0xc4); // 16 bytes >= trigger level 14: received data available
    for (let i = 0; i < 3; i++) rd(UART_RBR_THR_DLL);
    expect(rd(UART_IIR_FCR)).toBe(0xcc); // 13 below the trigger level: character timeout
    while (rd(UART_LSR) & LSR_DR) rd(UART_RBR_THR_DLL);
    expect(rd(UART_IIR_FCR)).toBe(0xc2); // then THRE
    expect(rd(UART_IIR_FCR)).toBe(0xc1);
    expect(irq.level).toBe(false);
  });

  it('keeps the FIFO contents on overrun and drops the extra byte', () => {
    const { backend, rd, wr } = setup({ hostQueueBytes: 0 });
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    backend.type('0123456789abcdefXYZ');
    let got = '';
    while (rd(UART_LSR) & LSR_DR) got += String.fromCharCode(rd(UART_RBR_THR_DLL));
    expect(got).toBe('0123456789abcdef');
  });

  it('queues pasted text on the host side and feeds the FIFO as it drains, in order', () => {
    const { backend, irq, rd, wr } = setup();
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    wr(UART_IER_DLM, IER_RDI);
    const text = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(32 + (i % 90))).join('');
    backend.type(text);
    expect(irq.level).toBe(true);
    let got = '';
    while (rd(UART_LSR) & LSR_DR) got += String.fromCharCode(rd(UART_RBR_THR_DLL));
    expect(got).toBe(text);
    expect(rd(UART_LSR) & LSR_OE).toBe(0);
    expect(irq.level).toBe(false);
  });

  it('sets OE when even the host queue is full', () => {
    const { backend, rd, wr } = setup({ hostQueueBytes: 4 });
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    backend.type('abcdefghijklmnopqrstuvwxyz'); // 16 fill the FIFO, 4 wait, 6 are lost
    expect(rd(UART_LSR) & LSR_OE).toBe(LSR_OE);
    let got = '';
    while (rd(UART_LSR) & LSR_DR) got += String.fromCharCode(rd(UART_RBR_THR_DLL));
    expect(got).toBe('abcdefghijklmnopqrst');
  });

  it('holds one byte with FIFOs disabled, and FCR clears the receive FIFO', () => {
    const { backend, rd, wr } = setup({ hostQueueBytes: 0 });
    backend.type('ab');
    expect(rd(UART_LSR) & (LSR_DR | LSR_OE)).toBe(LSR_DR | LSR_OE);
    expect(rd(UART_RBR_THR_DLL)).toBe(0x61);
    expect(rd(UART_LSR) & LSR_DR).toBe(0);
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    backend.type('cd');
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO | FCR_CLEAR_RCVR);
    expect(rd(UART_LSR) & LSR_DR).toBe(0);
  });

  it('switches offsets 0 and 1 to the divisor latch with DLAB, without transmitting', () => {
    const { backend, rd, wr } = setup();
    wr(UART_LCR, LCR_DLAB | 0x03);
    wr(UART_RBR_THR_DLL, 0x01);
    wr(UART_IER_DLM, 0x02);
    expect([rd(UART_RBR_THR_DLL), rd(UART_IER_DLM)]).toEqual([1, 2]);
    wr(UART_LCR, 0x03);
    expect(rd(UART_IER_DLM)).toBe(0);
    expect(backend.output).toEqual([]);
    wr(UART_SCR, 0x5a);
    expect(rd(UART_SCR)).toBe(0x5a);
    expect(rd(UART_MSR) & 0xb0).toBe(0xb0); // DCD, DSR, CTS
  });

  it('snapshots and restores its state as plain data', () => {
    const { backend, uart, rd, wr } = setup();
    wr(UART_IIR_FCR, FCR_ENABLE_FIFO);
    backend.type('queued text that overflows the sixteen byte FIFO');
    const snap = uart.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    rd(UART_RBR_THR_DLL);
    uart.restore(snap);
    expect(rd(UART_RBR_THR_DLL)).toBe('q'.charCodeAt(0));
    uart.reset();
    expect(rd(UART_LSR) & LSR_DR).toBe(0);
    expect(rd(UART_IIR_FCR)).toBe(IIR_NO_INT);
  });
});
