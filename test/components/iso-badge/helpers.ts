/** Shared by the iso-badge tests: a clock the test moves, days counted from today, the Tanger certificates. */
import type { Clock, JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { mount, settled } from '../../support/helpers.js';

/** A clock that stands still until the test advances it, running due timers in order. */
export class FakeClock implements Clock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(public time: number) {}

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves the time forward by `ms`, firing each timer due on the way at its own time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

const DAY = 86_400_000;

/** Today's UTC date plus `offset` days, as YYYY-MM-DD (the tests' elements use time-zone="UTC"). */
export function dayFromToday(offset: number): string {
  return new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
}

export const TANGER_HOLDER = {
  fr: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma',
  ar: 'مجلس جهة طنجة تطوان الحسيمة',
};

/** One of the Tanger council's certificates (28 December 2023; end date from the three-year cycle). */
export function tangerCertificate(standard = 'ISO 9001:2015'): Record<string, unknown> {
  return {
    standard,
    holder: TANGER_HOLDER,
    issuer: 'Bureau Veritas Maroc',
    issued: '2023-12-28',
    expires: '2026-12-27',
    scope: { fr: 'Services administratifs du Conseil', ar: 'الخدمات الإدارية للمجلس' },
    verifyUrl: 'https://www.bureauveritas.ma/',
  };
}

/** Mounts `markup`, gives it `data` and optionally a clock, and waits for it to render. */
export async function badge(markup: string, data?: unknown, clock?: Clock): Promise<JihaIsoBadge> {
  const element = mount<JihaIsoBadge>(markup);
  if (clock) element.clock = clock;
  if (data !== undefined) element.data = data;
  await settled(element);
  return element;
}

export const shadow = (element: Element) => element.shadowRoot!;
