import { h, render } from 'preact';
import { PlaceCard } from '@/components/PlaceCard';
import type { ToPlaceCard } from '../shared/frame-messages';
import type { PagePort } from './page-port';

/**
 * The place card frame's side: renders the place the content script shows (places/card-controller.ts
 * decides which and where) and reports the card's height, so that its frame fits it.
 */
export class PlaceCardView {
  private lastHeight = -1;
  private placeId: string | null = null;
  private readonly resizes = new ResizeObserver(() => this.reportSize());

  constructor(
    private readonly root: HTMLElement,
    private readonly port: PagePort<'place-card'>,
  ) {
    port.onMessage((message) => this.receive(message));
    document.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') port.send({ type: 'escape' });
    });
  }

  private receive(message: ToPlaceCard): void {
    if (message.type === 'hide') {
      render(null, this.root);
      this.placeId = null;
      return;
    }
    const { place, map } = message;
    // Every place shown gets its height reported, even when it equals the last one's: the content
    // script keeps the card hidden until then.
    if (place.id !== this.placeId) this.lastHeight = -1;
    this.placeId = place.id;
    render(
      h(PlaceCard, {
        place,
        map,
        onShowInSidebar: () => this.port.send({ type: 'show-in-sidebar', placeId: place.id }),
      }),
      this.root,
    );
    const card = this.root.querySelector('.card');
    if (card) this.resizes.observe(card);
    this.reportSize();
  }

  private reportSize(): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    const height = card ? Math.ceil(card.scrollHeight + (card.offsetHeight - card.clientHeight)) : 0;
    if (this.placeId === null || height === this.lastHeight) return;
    this.lastHeight = height;
    this.port.send({ type: 'size', placeId: this.placeId, height });
  }
}
