// The ns16550a UART: registers, 16-byte receive FIFO fed from a host-side queue, transmit straight to a CharBackend.
// Behaviour from the TI PC16550D datasheet (register descriptions, table 4 "interrupt control functions"), plus what
// Linux's 8250 driver (drivers/tty/serial/8250/8250_port.c) checks at startup.

import type { CharBackend } from '../backends/types.ts';
import type { IrqLine, MmioDevice } from './device.ts';

// Register offsets (datasheet table 2). DLAB = LCR bit 7 switches offsets 0 and 1 to the divisor latch.
/** Receiver Buffer (read), Transmitter Holding (write), Divisor Latch LSB (DLAB = 1). */
export const UART_RBR_THR_DLL = 0;
/** Interrupt Enable, Divisor Latch MSB (DLAB = 1). */
export const UART_IER_DLM = 1;
/** Interrupt Identification (read), FIFO Control (write). */
export const UART_IIR_FCR = 2;
/** Line Control. */
export const UART_LCR = 3;
/** Modem Control. */
export const UART_MCR = 4;
/** Line Status. */
export const UART_LSR = 5;
/** Modem Status. */
export const UART_MSR = 6;
/** Scratch. */
export const UART_SCR = 7;

/** IER: received data available interrupt enable. */
export const IER_RDI = 0x01;
/** IER: transmitter holding register empty interrupt enable. */
export const IER_THRI = 0x02;
/** IER: receiver line status interrupt enable. */
export const IER_RLSI = 0x04;

// IIR values, highest priority first (datasheet table 4); bits 7:6 are set when the FIFOs are enabled.
/** IIR: no interrupt pending. */
export const IIR_NO_INT = 0x01;
/** IIR: receiver line status (priority 1). */
export const IIR_RLSI = 0x06;
/** IIR: received data available (priority 2). */
export const IIR_RDI = 0x04;
/** IIR: character timeout, data below the trigger level (priority 2). */
export const IIR_RX_TIMEOUT = 0x0c;
/** IIR: transmitter holding register empty (priority 3). */
export const IIR_THRI = 0x02;
/** IIR bits 7:6, set while the FIFOs are enabled. */
export const IIR_FIFO_ENABLED = 0xc0;

/** FCR: enable the FIFOs. */
export const FCR_ENABLE_FIFO = 0x01;
/** FCR: clear the receive FIFO. */
export const FCR_CLEAR_RCVR = 0x02;

/** LCR bit 7: divisor latch access. */
export const LCR_DLAB = 0x80;

/** LSR: data ready. */
export const LSR_DR = 0x01;
/** LSR: overrun error. */
export const LSR_OE = 0x02;
/** LSR: transmitter holding register empty. */
export const LSR_THRE = 0x20;
/** LSR: transmitter empty. */
export const LSR_TEMT = 0x40;
const LSR_ERRORS = 0x1e; // OE | PE | FE | BI: cleared by reading LSR

/** MSR: carrier detect, data set ready and clear to send asserted, as a cable with the other end ready (QEMU does the same). */
const MSR_READY = 0xb0;
/** MCR bit 4: loopback (not modelled beyond storing it). */
const MCR_MASK = 0x1f;

/** Depth of the receive FIFO (datasheet: 16 bytes). */
export const RX_FIFO_DEPTH = 16;
/** Default capacity of the host-side queue that holds pasted input until the FIFO has room. */
export const DEFAULT_HOST_QUEUE_BYTES = 1 << 20;

/** FIFO trigger levels selected by FCR bits 7:6. */
const TRIGGER_LEVELS = [1, 4, 8, 14];

/** The UART's complete state as plain data. */
export interface Uart16550State {
  ier: number;
  lcr: number;
  mcr: number;
  /** LSR error bits (OE, PE, FE, BI) latched until LSR is read. */
  lsrErrors: number;
  scr: number;
  dll: number;
  dlm: number;
  /** FCR as last written (it is write-only; kept for the FIFO enable bit and trigger level). */
  fcr: number;
  /** THRE interrupt pending: set when THR empties or IER.THRI rises, cleared by reading IIR that reports it or by writing THR. */
  thrInterrupt: boolean;
  rxFifo: number[];
  /** Bytes from the host waiting for FIFO room; hostQueueHead indexes the next one. */
  hostQueue: number[];
  hostQueueHead: number;
}

function powerOnState(): Uart16550State {
  return {
    ier: 0,
    lcr: 0,
    mcr: 0,
    lsrErrors: 0,
    scr: 0,
    dll: 0,
    dlm: 0,
    fcr: 0,
    thrInterrupt: false,
    rxFifo: [],
    hostQueue: [],
    hostQueueHead: 0,
  };
}

/** Options of the UART. */
export interface Uart16550Options {
  /** Host-side queue capacity; bytes beyond it are lost and set LSR.OE. 0 models a bare wire: bytes go straight to the FIFO. */
  hostQueueBytes?: number;
}

/** An ns16550a UART. Transmission is instantaneous: THR writes reach the backend at once and THR is empty again. */
export class Uart16550 implements MmioDevice {
  readonly name: string;
  state: Uart16550State = powerOnState();
  private readonly hostQueueBytes: number;

  constructor(
    private readonly backend: CharBackend,
    private readonly irq: IrqLine,
    options: Uart16550Options = {},
    name = 'uart0',
  ) {
    this.name = name;
    this.hostQueueBytes = options.hostQueueBytes ?? DEFAULT_HOST_QUEUE_BYTES;
    backend.onInput((bytes) => this.receive(bytes));
  }

  /** Bytes arriving from the outside (the backend calls this). */
  receive(bytes: Uint8Array): void {
    const s = this.state;
    const depth = this.fifoDepth();
    for (const b of bytes) {
      const queued = s.hostQueue.length - s.hostQueueHead;
      if (queued === 0 && s.rxFifo.length < depth) s.rxFifo.push(b);
      else if (queued < this.hostQueueBytes) s.hostQueue.push(b);
      else s.lsrErrors |= LSR_OE; // datasheet: the new byte is lost, the FIFO keeps its contents
    }
    this.refillFifo();
    this.updateIrq();
  }

  read(offset: number, width: 1 | 2 | 4): number {
    if (width !== 1) return 0; // the 16550 has byte registers only
    const s = this.state;
    switch (offset) {
      case UART_RBR_THR_DLL: {
        if (s.lcr & LCR_DLAB) return s.dll;
        const byte = s.rxFifo.shift() ?? 0;
        this.refillFifo();
        this.updateIrq();
        return byte;
      }
      case UART_IER_DLM:
        return s.lcr & LCR_DLAB ? s.dlm : s.ier;
      case UART_IIR_FCR: {
        const iir = this.iir();
        if ((iir & 0x0f) === IIR_THRI) s.thrInterrupt = false; // datasheet table 4: reading IIR (if source of interrupt) resets THRE
        this.updateIrq();
        return iir;
      }
      case UART_LCR:
        return s.lcr;
      case UART_MCR:
        return s.mcr;
      case UART_LSR: {
        const lsr = this.lsr();
        s.lsrErrors = 0;
        this.updateIrq();
        return lsr;
      }
      case UART_MSR:
        return MSR_READY;
      case UART_SCR:
        return s.scr;
      default:
        return 0;
    }
  }

  write(offset: number, width: 1 | 2 | 4, value: number): void {
    if (width !== 1) return;
    const s = this.state;
    value &= 0xff;
    switch (offset) {
      case UART_RBR_THR_DLL:
        if (s.lcr & LCR_DLAB) {
          s.dll = value;
        } else {
          this.backend.write(Uint8Array.of(value));
          s.thrInterrupt = true; // sent at once: THR is empty again and THRE re-asserts
        }
        break;
      case UART_IER_DLM:
        if (s.lcr & LCR_DLAB) {
          s.dlm = value;
        } else {
          const rising = value & IER_THRI & ~s.ier;
          s.ier = value & 0x0f;
          // Enabling THRI while THR is empty raises THRE at once; Linux's 8250 startup tests exactly this (UART_BUG_THRE/TXEN).
          if (rising) s.thrInterrupt = true;
        }
        break;
      case UART_IIR_FCR:
        if ((value ^ s.fcr) & FCR_ENABLE_FIFO || value & FCR_CLEAR_RCVR) s.rxFifo = [];
        s.fcr = value & 0xc9; // enable, DMA mode, trigger level; clear bits are self-clearing
        this.refillFifo();
        break;
      case UART_LCR:
        s.lcr = value;
        break;
      case UART_MCR:
        s.mcr = value & MCR_MASK;
        break;
      case UART_SCR:
        s.scr = value;
        break;
      default:
        break; // LSR and MSR are read-only
    }
    this.updateIrq();
  }

  reset(): void {
    this.state = powerOnState();
    this.irq.set(false);
  }

  /** Names do not depend on DLAB: the bus resolves them after the fact, when DLAB may have changed. */
  registerName(offset: number): string {
    switch (offset) {
      case 0:
        return 'RBR/THR/DLL';
      case 1:
        return 'IER/DLM';
      case 2:
        return 'IIR/FCR';
      case 3:
        return 'LCR';
      case 4:
        return 'MCR';
      case 5:
        return 'LSR';
      case 6:
        return 'MSR';
      case 7:
        return 'SCR';
      default:
        return `0x${offset.toString(16)}`;
    }
  }

  /** A deep copy of the state, for snapshots. */
  snapshot(): Uart16550State {
    return structuredClone(this.state);
  }

  /** Restores a snapshot taken by snapshot(). */
  restore(snapshot: Uart16550State): void {
    this.state = structuredClone(snapshot);
    this.updateIrq();
  }

  /** The interrupt identification value: the highest-priority pending and enabled source (datasheet table 4). */
  iir(): number {
    const s = this.state;
    const fifoBits = s.fcr & FCR_ENABLE_FIFO ? IIR_FIFO_ENABLED : 0;
    if (s.ier & IER_RLSI && s.lsrErrors & LSR_ERRORS) return fifoBits | IIR_RLSI;
    if (s.ier & IER_RDI && s.rxFifo.length > 0) {
      // Below the trigger level a real chip reports a character timeout after 4 character times; with no time model we report it at once.
      return fifoBits | (s.rxFifo.length >= this.triggerLevel() ? IIR_RDI : IIR_RX_TIMEOUT);
    }
    if (s.ier & IER_THRI && s.thrInterrupt) return fifoBits | IIR_THRI;
    return fifoBits | IIR_NO_INT;
  }

  /** The line status value (without clearing anything). */
  lsr(): number {
    const s = this.state;
    return (s.rxFifo.length > 0 ? LSR_DR : 0) | s.lsrErrors | LSR_THRE | LSR_TEMT;
  }

  private fifoDepth(): number {
    return this.state.fcr & FCR_ENABLE_FIFO ? RX_FIFO_DEPTH : 1;
  }

  private triggerLevel(): number {
    return this.state.fcr & FCR_ENABLE_FIFO ? TRIGGER_LEVELS[this.state.fcr >> 6] : 1;
  }

  /** Moves queued host bytes into the FIFO while it has room. */
  private refillFifo(): void {
    const s = this.state;
    const depth = this.fifoDepth();
    while (s.rxFifo.length < depth && s.hostQueueHead < s.hostQueue.length) s.rxFifo.push(s.hostQueue[s.hostQueueHead++]);
    if (s.hostQueueHead === s.hostQueue.length) {
      s.hostQueue = [];
      s.hostQueueHead = 0;
    } else if (s.hostQueueHead > 4096 && s.hostQueueHead * 2 > s.hostQueue.length) {
      s.hostQueue = s.hostQueue.slice(s.hostQueueHead);
      s.hostQueueHead = 0;
    }
  }

  private updateIrq(): void {
    this.irq.set((this.iir() & IIR_NO_INT) === 0);
  }
}
