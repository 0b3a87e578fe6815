import type { LocatorMap } from '@/utils/core/places/locator-map';
import type { PlaceInArticle } from '@/utils/core/results';
import { describePlace, formatPopulation } from './format';
import { LocatorMapView } from './LocatorMapView';
import { PlaceCorpusList } from './PlaceCorpusList';

export interface PlaceCardProps {
  place: PlaceInArticle;
  /** null while the background draws it; a string when it could not. */
  map: LocatorMap | null | string;
  onShowInSidebar: () => void;
}

/** What and where a highlighted place is, and what the corpus says of it. */
export function PlaceCard({ place, map, onShowInSidebar }: PlaceCardProps) {
  const population = formatPopulation(place.population);
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`${place.name}: place details`}
      data-testid="place-card"
      data-place-id={place.id}
    >
      <h2 class="card-title" data-testid="place-card-name">
        {place.name}
      </h2>
      <p class="card-kind" data-testid="place-card-kind">
        {describePlace(place)}
        {population && ` · ${population}`}
      </p>
      {place.variants.some((variant) => variant !== place.name) && (
        <p class="card-variants" data-testid="place-card-variants">
          Written here as {place.variants.join(', ')}
        </p>
      )}
      {typeof map === 'string' ? (
        <p class="empty">Map unavailable: {map}</p>
      ) : map ? (
        <LocatorMapView map={map} label={`Map of ${place.name} and its surroundings`} focusedId={place.id} />
      ) : (
        <div class="map-placeholder" aria-hidden="true" />
      )}
      <PlaceCorpusList place={place} />
      <button type="button" class="card-button" data-testid="place-card-show" onClick={onShowInSidebar}>
        Show in the sidebar
      </button>
    </div>
  );
}
