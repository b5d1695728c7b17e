// <tv-console>: one VM's terminal (xterm.js), fitted to its box; output is written once per animation frame, with a
// bounded backlog (console-flow.ts) so a flooding guest cannot freeze the page.
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { ByteBatcher } from '../byte-batcher.ts';
import { ConsoleFlow } from '../console-flow.ts';
import type { ConsoleOutput } from '../vm-session.ts';
import { XtermController } from './xterm-controller.ts';

/** ESC c, "Reset to Initial State" (ECMA-48 8.3.105): xterm clears the screen and the scrollback. */
const RESET_TO_INITIAL_STATE = new Uint8Array([0x1b, 0x63]);

/** The console of one VM: `output` in, `tv-input` events (detail: Uint8Array) out. */
export class TvConsole extends LitElement {
  static override properties = { output: { attribute: false } };
  static override styles = [
    unsafeCSS(xtermCss),
    css`
      :host {
        display: block;
        background: #0d1017;
        padding: 4px;
        border-radius: 4px;
      }
      .screen {
        width: 100%;
        height: 100%;
      }
    `,
  ];

  /** Where the guest's output comes from. */
  declare output: ConsoleOutput | null;

  private readonly terminal = new XtermController(this, (bytes) => this.dispatchEvent(new CustomEvent('tv-input', { detail: bytes, bubbles: true, composed: true })));
  private readonly flow = new ConsoleFlow((chunk, parsed) => this.terminal.write(chunk, parsed));
  private readonly frames = new ByteBatcher(
    (chunk) => this.flow.deliver(chunk),
    (flush) => requestAnimationFrame(flush),
  );
  private unsubscribe: (() => void) | null = null;
  private shown: ConsoleOutput | null = null;

  constructor() {
    super();
    this.output = null;
  }

  /** The terminal's text (scrollback and screen): what a user could select and copy. */
  text(): string {
    return this.terminal.text();
  }

  /** Focuses the terminal for typing. */
  override focus(): void {
    this.terminal.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.subscribe();
  }

  protected override render(): unknown {
    return html`<div class="screen"></div>`;
  }

  protected override firstUpdated(): void {
    this.terminal.attach(this.renderRoot.querySelector<HTMLElement>('.screen')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('output')) this.subscribe();
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!this.output) return;
    // A different VM (a new boot): start from a clean screen rather than below the last one's output.
    // RIS goes through the same queue as the output, so the old VM's last bytes cannot land after it.
    if (this.shown !== null && this.shown !== this.output) this.frames.push(RESET_TO_INITIAL_STATE);
    this.shown = this.output;
    this.unsubscribe = this.output.subscribe((chunk) => this.frames.push(chunk));
  }
}

customElements.define('tv-console', TvConsole);

declare global {
  interface HTMLElementTagNameMap {
    'tv-console': TvConsole;
  }
}
