import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { JihaDataElement } from '../../core/data-element.js';
import { lazyModule } from '../../core/lazy-module.js';
import { StructuredDataController } from '../../core/structured-data-controller.js';
import { CardGroupController, type DisclaimerPlacement } from './card-group.js';
import { ATTRIBUTE_NAMES, parseCertificate, readCertificate, type Certificate } from './certificate.js';
import { systemClock, type Clock } from './clock.js';
import { renderFacts, renderIafNote, renderSummary, renderVerify, stateLine } from './details.js';
import { isoBadgeStyles } from './iso-badge.styles.js';
import { sealSvg } from './seal.js';
import { lookupStandard } from './standards.js';
import { calendarToday, computeState, delayToNextDay, isInactive, type BadgeState } from './status.js';
import * as texts from './iso-badge.strings.js';
import { isoStrings } from '../../locales/iso.js';

export type IsoBadgeVariant = 'seal' | 'inline' | 'card';

/** The JSON-LD writer: loaded only by badges that ask for structured data. */
const certificationJsonLd = lazyModule('badge JSON-LD', () => import('./json-ld.js'));

/**
 * One management-system certification (ISO 9001, 14001, 45001…), shown
 * honestly: the state is computed from today's date (valid, expiring within
 * 90 days, expired, not yet valid) unless `status` says suspended or
 * withdrawn; it is written in words with an icon, reflected on the host as
 * the `state` attribute, and updated at midnight. The seal is our own
 * drawing: ISO does not allow its logo in connection with certification.
 *
 * @summary A verifiable ISO certification badge: seal, inline or card.
 * @tag jiha-iso-badge
 *
 * @fires jiha-ready - The badge shows its certificate.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}`.
 *
 * @csspart seal - The seal's button (variant `seal`), which opens the details.
 * @csspart details - The details popover of the seal.
 * @csspart inline - The one-line badge (variant `inline`).
 * @csspart card - The card (variant `card`).
 * @csspart note - The IAF note under the last card of a group (variant `card`, attribute `disclaimer`).
 * @csspart state - The state's icon and words.
 * @csspart icon - The state's icon.
 * @csspart verify - The link to the certification body's register.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-iso-seal-size - The seal's diameter (default 5.5em).
 * @cssprop --jiha-font-family - Font stack.
 * @cssprop --jiha-color-text - Text colour.
 * @cssprop --jiha-color-muted - Labels and inactive badges.
 * @cssprop --jiha-color-surface - Background.
 * @cssprop --jiha-color-border - Borders.
 * @cssprop --jiha-color-accent - The seal's ink, links, focus ring.
 * @cssprop --jiha-color-ok - The valid state.
 * @cssprop --jiha-color-warn - The expiring, not-yet-valid and suspended states.
 * @cssprop --jiha-color-danger - The expired and withdrawn states, error box.
 * @cssprop --jiha-radius - Corner radius.
 * @cssprop --jiha-space - Inner spacing.
 *
 * @title ISO certification badge
 * @embed-height 320
 */
export class JihaIsoBadge extends JihaDataElement<Certificate> {
  static override styles = [...JihaDataElement.styles, isoBadgeStyles];

  // Declared here rather than with decorators: the decorator helpers would
  // add to every page's download.
  static override properties: PropertyDeclarations = {
    standard: {},
    edition: {},
    holder: {},
    certificate: {},
    issuer: {},
    accreditation: {},
    issued: {},
    expires: {},
    scope: {},
    status: {},
    verifyUrl: { attribute: 'verify-url' },
    variant: { reflect: true },
    disclaimer: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    clock: { attribute: false },
    today: { state: true },
    detailsOpen: { state: true },
  };

  protected static override messageGroups = [isoStrings];

  protected static override contentProperties = [
    'standard',
    'edition',
    'holder',
    'certificate',
    'issuer',
    'accreditation',
    'issued',
    'expires',
    'scope',
    'status',
    'verifyUrl',
  ];

  /**
   * The standard: `9001`, `ISO 14001`, `ISO 45001:2018`, `ISO/IEC 27001:2022`.
   * @format standard
   * @example 9001
   */
  standard: string | null = null;
  /**
   * The edition's year, when `standard` does not give it.
   * @format number
   * @min 1947
   * @max 2100
   * @example 2015
   */
  edition: string | null = null;
  /**
   * The certified organisation.
   * @example Conseil de la Région Tanger-Tétouan-Al Hoceïma
   */
  holder: string | null = null;
  /** The certificate number. */
  certificate: string | null = null;
  /** The certification body. */
  issuer: string | null = null;
  /** The accreditation body of the certification body. */
  accreditation: string | null = null;
  /**
   * The certification date, YYYY-MM-DD.
   * @format date
   * @example 2024-06-01
   */
  issued: string | null = null;
  /**
   * The last day of validity, YYYY-MM-DD.
   * @format date
   * @example 2027-05-31
   */
  expires: string | null = null;
  /** What the certificate covers. */
  scope: string | null = null;
  /**
   * `suspended` or `withdrawn` override the state computed from the dates.
   * @choices suspended withdrawn
   */
  status: string | null = null;
  /**
   * The certificate's entry in the certification body's register.
   * @format url
   */
  verifyUrl: string | null = null;
  /** `seal` (default: a round mark opening the details), `inline` (one line for a footer) or `card`. */
  variant: IsoBadgeVariant = 'seal';
  /**
   * Where a card shows the IAF note: `auto` (default: once per group of
   * cards that are consecutive siblings, under the last one), `shown` (under
   * this card), `hidden` (not under this card).
   * @unlisted Set on pages that group cards; not offered by the builder yet.
   */
  disclaimer: DisclaimerPlacement | null = null;
  /** Adds a schema.org `Certification` JSON-LD script to the light DOM. */
  structuredData = false;
  /** The time source for "today" and the midnight update; tests and "as of" pages set their own. */
  clock: Clock = systemClock;

  /** Today's calendar day in `time-zone` (UTC midnight of that day). */
  private today: Date = calendarToday(Date.now());
  private detailsOpen = false;

  readonly #jsonLd = new StructuredDataController(this, certificationJsonLd, () => {
    const badgeState = this.certificateState;
    const model = this.structuredData && badgeState ? this.model : undefined;
    const language = this.language.ui;
    return model && badgeState
      ? {
          deps: [model, badgeState, language],
          write: ({ writeCertificationJsonLd }) => writeCertificationJsonLd(this, model, badgeState, language),
        }
      : undefined;
  });

  readonly #group = new CardGroupController(
    this,
    (element) => JihaIsoBadge.isGroupCard(element),
    () => this.disclaimer,
  );

  /** A badge that shows (or is loading) a certificate as a card: what makes a group. */
  private static isGroupCard(element: Element): boolean {
    return (
      element instanceof JihaIsoBadge &&
      element.variant === 'card' &&
      (element.loadState === 'ready' || element.loadState === 'loading')
    );
  }

  private midnightTimer: unknown;
  /** The clock that holds `midnightTimer`. */
  private watchedClock?: Clock;
  private watchedZone?: string | null;

  /** The computed state, as reflected on the host; undefined while there is no certificate to show. */
  get certificateState(): BadgeState | undefined {
    const model = this.loadState === 'ready' ? this.model : undefined;
    return (
      model &&
      computeState({ issued: model.issued?.date, expires: model.expires?.date, override: model.override }, this.today)
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchTheDay();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.watchedClock?.clearTimeout(this.midnightTimer);
    this.midnightTimer = undefined;
    this.watchedClock = undefined;
  }

  /** A tab shown again after a night in the background (or a laptop woken up) reads the day at once. */
  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.watchTheDay();
  };

  /** Reads today's date, and checks it again just after the next midnight. */
  private watchTheDay(): void {
    this.watchedClock?.clearTimeout(this.midnightTimer);
    this.watchedClock = this.clock;
    this.watchedZone = this.timeZone;
    const now = this.clock.now();
    const today = calendarToday(now, this.timeZone);
    if (today.getTime() !== this.today.getTime()) this.today = today;
    this.midnightTimer = this.clock.setTimeout(() => this.watchTheDay(), delayToNextDay(now, this.timeZone));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another clock or zone: today is read again and the midnight check rescheduled on it.
    if (this.isConnected && (this.clock !== this.watchedClock || this.timeZone !== this.watchedZone))
      this.watchTheDay();
    super.willUpdate(changed);
  }

  protected override parseData(input: unknown): Certificate {
    return parseCertificate(input);
  }

  protected override modelFromAttributes(): Certificate | undefined {
    if (this.standard === null) return undefined;
    return readCertificate(
      {
        standard: this.standard,
        edition: this.edition,
        holder: this.holder,
        certificate: this.certificate,
        issuer: this.issuer,
        accreditation: this.accreditation,
        scope: this.scope,
        issued: this.issued,
        expires: this.expires,
        status: this.status,
        verifyUrl: this.verifyUrl,
      },
      ATTRIBUTE_NAMES,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const badgeState = this.certificateState;
    if (badgeState) this.setAttribute('state', badgeState);
    else this.removeAttribute('state');
  }

  /** Complete once the JSON-LD asked for is written too, as when it was written within the update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#jsonLd.writing) await this.#jsonLd.writing;
    return done;
  }

  protected override renderModel(certificate: Certificate): unknown {
    const badgeState = this.certificateState ?? 'valid';
    const name = texts.accessibleName(certificate, badgeState, this.language);
    switch (this.variant) {
      case 'inline':
        return this.renderInline(certificate, badgeState, name);
      case 'card':
        return html`<article part="card" class="card ${isInactive(badgeState) ? 'inactive' : ''}" aria-label=${name}>
            <div class="card-head">
              <div class="card-seal">${this.renderSealImage(certificate)}</div>
              <div class="card-summary">${renderSummary(certificate, badgeState, this.language, this.today)}</div>
            </div>
            ${renderFacts(certificate, this.language)} ${renderVerify(certificate)}
          </article>
          ${this.#group.showsNote() ? renderIafNote('note') : nothing}`;
      default:
        return this.renderSeal(certificate, badgeState, name);
    }
  }

  private renderSealImage(certificate: Certificate): unknown {
    const prefix = lookupStandard(certificate.number)?.prefix ?? 'ISO';
    return sealSvg(prefix, certificate.number, certificate.edition);
  }

  private renderSeal(certificate: Certificate, badgeState: BadgeState, name: string): TemplateResult {
    return html`<div class="seal-wrap ${isInactive(badgeState) ? 'inactive' : ''}">
      <button
        type="button"
        part="seal"
        class="seal"
        popovertarget="details"
        aria-controls="details"
        aria-expanded=${this.detailsOpen ? 'true' : 'false'}
        aria-label=${name}
      >
        ${this.renderSealImage(certificate)}
      </button>
      ${stateLine(badgeState, texts.stateWord(badgeState))}
      <div id="details" part="details" class="details" popover="auto" role="dialog" aria-label=${texts.detailsText()} @beforetoggle=${this.onDetailsBeforeToggle} @toggle=${this.onDetailsToggle}>
        <div class="body">
          ${renderSummary(certificate, badgeState, this.language, this.today)} ${renderFacts(certificate, this.language)}
          ${renderVerify(certificate)} ${renderIafNote()}
        </div>
        <button type="button" class="close" popovertarget="details" popovertargetaction="hide">${texts.closeText()}</button>
      </div>
    </div>`;
  }

  /** Whether focus was inside the details when they began to close. */
  private focusWasInDetails = false;

  private onDetailsBeforeToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLElement;
    // The page's width without its scroll bar, which `vw` includes: the details stay clear of the bar (1.4.10).
    if ((event as ToggleEvent).newState === 'open')
      details.style.setProperty('--_viewport-inline-size', `${document.documentElement.clientWidth}px`);
    if ((event as ToggleEvent).newState !== 'closed') return;
    const active = this.shadowRoot?.activeElement;
    this.focusWasInDetails = Boolean(active && details.contains(active));
  };

  /**
   * Keeps `aria-expanded` true to the popover, and gives focus back to the
   * seal when the details close with focus inside them (Escape, Close): a
   * hidden popover drops focus to the page otherwise. Focus that moved
   * elsewhere (a tap on another control) is left there.
   */
  private onDetailsToggle = (event: Event): void => {
    this.detailsOpen = (event as ToggleEvent).newState === 'open';
    if (this.detailsOpen || !this.focusWasInDetails) return;
    this.focusWasInDetails = false;
    const active = document.activeElement;
    const inside = this.shadowRoot?.activeElement;
    // Chromium may leave focus on the hidden control until its next focus fixup.
    const focusLost =
      !active ||
      active === document.body ||
      (active === this && (!inside || (event.currentTarget as HTMLElement).contains(inside)));
    if (focusLost) this.shadowRoot?.querySelector<HTMLButtonElement>('[part=seal]')?.focus();
  };

  private renderInline(certificate: Certificate, badgeState: BadgeState, name: string): TemplateResult {
    const headline = texts.headline(certificate, badgeState);
    return html`<span part="inline" class="inline ${isInactive(badgeState) ? 'inactive' : ''}" role="group" aria-label=${name}>
      ${stateLine(badgeState, '')}
      ${
        certificate.verifyUrl
          ? html`<a part="verify" class="reference" href=${certificate.verifyUrl}><bdi>${headline}</bdi></a>`
          : html`<bdi class="reference">${headline}</bdi>`
      }
      <span class="phrase">${texts.statusPhrase(certificate, badgeState, this.language)}</span>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jiha-iso-badge': JihaIsoBadge;
  }
}
