import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a card badge puts the IAF note: `auto` (once per group), `shown` (always), `hidden` (never). */
export type DisclaimerPlacement = 'auto' | 'shown' | 'hidden';

/**
 * The IAF note ("International database of accredited certificates: IAF
 * CertSearch. A certificate missing there is not proof that it is false…")
 * once per group of cards, not under every card. Card badges that are
 * consecutive element siblings form a group (text and comments between
 * them do not part them; any other element does); the last card of the
 * group shows the note under its box, where it reads as a footnote to all
 * of them. A card that failed or has nothing to show is not part of a
 * group. `disclaimer="shown"` or `"hidden"` on a badge places the note by
 * hand: cards a page sets apart (each in a list item of its own), or a
 * page that writes the note once itself. The seal's details always carry it.
 *
 * Whether a card is the last of its group depends on the element after it,
 * so a badge that joins, leaves or changes asks the badges before it to
 * look again. An element other than a badge inserted between two cards
 * later is seen at their next update.
 */
export class CardGroupController implements ReactiveController {
  /** The parent the host was connected to: its badges regroup when the host leaves. */
  #parent: ParentNode | null = null;
  /** Membership and placement at the last update, to tell the neighbours of a change only. */
  #seen: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether an element is a card that counts in a group (a badge of this kind, card variant, showing or loading its certificate). */
    private readonly isCard: (element: Element) => boolean,
    private readonly placement: () => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#parent = this.host.parentNode;
    this.#seen = undefined;
  }

  hostDisconnected(): void {
    const parent = this.#parent;
    this.#parent = null;
    this.#seen = undefined;
    if (!parent) return;
    for (const sibling of parent.children) if (sibling.localName === this.host.localName) askToUpdate(sibling);
  }

  hostUpdated(): void {
    const seen = `${this.isCard(this.host)} ${this.placement()}`;
    if (seen === this.#seen) return;
    this.#seen = seen;
    const previous = this.host.previousElementSibling;
    if (previous?.localName === this.host.localName) askToUpdate(previous);
  }

  /** Whether the host shows the note under its card. */
  showsNote(): boolean {
    const placement = this.placement();
    if (placement === 'shown') return true;
    if (placement === 'hidden') return false;
    const next = this.host.nextElementSibling;
    return !(next && this.isCard(next));
  }
}

function askToUpdate(element: Element): void {
  (element as Partial<ReactiveControllerHost>).requestUpdate?.();
}
