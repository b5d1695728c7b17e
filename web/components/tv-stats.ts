// <tv-stats>: live counters of one VM: MIPS, exits per second by kind and device, hypercalls by SBI extension, memory.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { formatBytes } from '../guest-catalog.ts';
import { busiest, formatCount, formatUptime, statsView, type Rate, type StatsView } from '../stats-format.ts';
import type { WorkerStats } from '../vm-protocol.ts';

/** Shows `stats`; rates come from the difference with the snapshot before. */
export class TvStats extends LitElement {
  static override properties = { stats: { attribute: false } };
  static override styles = css`
    :host {
      display: block;
      font-size: 12px;
      font-variant-numeric: tabular-nums;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(110px, 1fr));
      gap: 4px 12px;
    }
    .figure b {
      display: block;
      font-size: 15px;
      color: #e8ebf1;
    }
    .figure span {
      color: #8b93a5;
    }
    table {
      border-collapse: collapse;
      margin-top: 6px;
    }
    th {
      text-align: left;
      font-weight: normal;
      color: #8b93a5;
    }
    td,
    th {
      padding: 1px 6px 1px 0;
      vertical-align: top;
    }
    td.rate {
      text-align: right;
      white-space: nowrap;
    }
    .detail {
      color: #8b93a5;
    }
  `;

  /** The latest snapshot from the VM's worker. */
  declare stats: WorkerStats | null;

  private previous: { stats: WorkerStats; at: number } | null = null;
  private view: StatsView | null = null;

  constructor() {
    super();
    this.stats = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('stats')) return;
    if (!this.stats) {
      this.previous = null;
      this.view = null;
      return;
    }
    const now = performance.now();
    this.view = statsView(this.previous?.stats ?? null, this.stats, now - (this.previous?.at ?? now));
    this.previous = { stats: this.stats, at: now };
  }

  protected override render(): unknown {
    const view = this.view;
    if (!view) return html`<span class="detail">not running</span>`;
    const exits = view.exitsPerSecond;
    return html`
      <div class="figures">
        ${figure(view.mips.toFixed(view.mips < 10 ? 2 : 0), 'MIPS')} ${figure(formatCount(view.instructions), 'instructions')}
        ${figure(formatCount(exits.total), 'exits/s')} ${figure(`${Math.round(view.hostLoad * 100)} %`, 'host CPU')}
        ${figure(formatBytes(view.ramBytes), 'guest RAM')} ${figure(formatUptime(view.uptimeMs), 'uptime')}
      </div>
      <table>
        <tr><th>exits/s</th><th></th><th></th></tr>
        <tr><td>MMIO</td><td class="rate">${formatCount(exits.mmio)}</td><td></td></tr>
        ${view.mmioByDevice.map(
          (device) => html`<tr class="detail"><td>&nbsp;&nbsp;${device.device}</td><td class="rate">${formatCount(device.perSecond)}</td><td>${rates(device.registers)}</td></tr>`,
        )}
        <tr><td>hypercalls</td><td class="rate">${formatCount(exits.hypercall)}</td><td class="detail">${view.hypercallsByExtension.length ? nothing : 'none'}</td></tr>
        ${view.hypercallsByExtension.map(
          (extension) => html`<tr class="detail"><td>&nbsp;&nbsp;${extension.extension}</td><td class="rate">${formatCount(extension.perSecond)}</td><td>${rates(extension.functions)}</td></tr>`,
        )}
        <tr><td>idle (wfi)</td><td class="rate">${formatCount(exits.idle)}</td><td></td></tr>
        <tr><td>other</td><td class="rate">${formatCount(exits.other)}</td><td class="detail">${rates(view.otherExits)}</td></tr>
      </table>
    `;
  }
}

function figure(value: string, label: string): unknown {
  return html`<div class="figure"><b>${value}</b><span>${label}</span></div>`;
}

/** Registers or functions shown per device or extension. */
const RATES_SHOWN = 6;

function rates(list: Rate[]): string {
  return busiest(list, RATES_SHOWN)
    .map(([name, perSecond]) => `${name} ${formatCount(perSecond)}`)
    .join(' · ');
}

customElements.define('tv-stats', TvStats);

declare global {
  interface HTMLElementTagNameMap {
    'tv-stats': TvStats;
  }
}
