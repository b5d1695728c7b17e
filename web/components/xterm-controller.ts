// A Lit reactive controller that owns one xterm.js terminal: creation, fitting to its box, keyboard/paste/copy, disposal.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lines kept above the screen. */
const SCROLLBACK_LINES = 5000;

/** Owns the terminal of a host element; the host calls `attach` with the element to draw in once it is rendered. */
export class XtermController implements ReactiveController {
  private terminal: Terminal | null = null;
  private container: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private readonly encoder = new TextEncoder();

  constructor(
    host: ReactiveControllerHost,
    /** Receives the bytes of keys typed and text pasted. */
    private readonly onInput: (bytes: Uint8Array) => void,
  ) {
    host.addController(this);
  }

  /** Opens the terminal inside `container`, fitted to it. */
  attach(container: HTMLElement): void {
    this.container = container;
    this.open();
  }

  /** Writes guest output; xterm parses it in time-sliced chunks and calls `parsed` when done (at once if closed). */
  write(bytes: Uint8Array, parsed: () => void): void {
    if (this.terminal) this.terminal.write(bytes, parsed);
    else parsed();
  }

  /** Moves keyboard focus to the terminal. */
  focus(): void {
    this.terminal?.focus();
  }

  /** The whole buffer (scrollback and screen) as text, one line per row, trailing blanks trimmed. */
  text(): string {
    const buffer = this.terminal?.buffer.active;
    if (!buffer) return '';
    const lines: string[] = [];
    for (let row = 0; row < buffer.length; row++) lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
    return lines.join('\n').replace(/\n+$/, '');
  }

  /** Reconnected after a move: draw again in the same container. */
  hostConnected(): void {
    if (this.container && !this.terminal) this.open();
  }

  /** Disconnected: release the terminal, its listeners and its observer. */
  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.terminal?.dispose();
    this.terminal = null;
  }

  private open(): void {
    if (!this.container) return;
    const terminal = new Terminal({
      scrollback: SCROLLBACK_LINES,
      cursorBlink: true,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      theme: { background: '#0d1017', foreground: '#d7dae0' },
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(this.container);
    // Keys (Ctrl combinations and arrows arrive as their control bytes and escape sequences) and pastes.
    terminal.onData((data) => this.onInput(this.encoder.encode(data)));
    terminal.attachCustomKeyEventHandler((event) => this.clipboardKey(event));
    this.resizeObserver = new ResizeObserver(() => {
      if (this.container?.isConnected && this.container.clientWidth > 0) fit.fit();
    });
    this.resizeObserver.observe(this.container);
    this.terminal = terminal;
  }

  /** Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes, since plain Ctrl+C and Ctrl+V belong to the guest. */
  private clipboardKey(event: KeyboardEvent): boolean {
    if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
    const terminal = this.terminal;
    if (event.code === 'KeyC' && terminal?.hasSelection()) {
      void navigator.clipboard?.writeText(terminal.getSelection());
      return false;
    }
    if (event.code === 'KeyV' && terminal) {
      void navigator.clipboard?.readText().then((text) => terminal.paste(text));
      return false;
    }
    return true;
  }
}
