import type { LocatorMap } from '@/utils/core/places/locator-map';
import type { PlaceInArticle } from '@/utils/core/results';
import { describePlace, formatPopulation } from './format';
import { LocatorMapView } from './LocatorMapView';
import { PlaceCorpusList } from './PlaceCorpusList';

interface PlacesSectionProps {
  places: PlaceInArticle[];
  map: LocatorMap | null;
  focusedPlaceId: string | null;
  /** How many mentions were highlighted in the page, once known. */
  highlighted: number | null;
  onSelect: (placeId: string) => void;
}

export function PlacesSection({ places, map, focusedPlaceId, highlighted, onSelect }: PlacesSectionProps) {
  const mentions = places.reduce((sum, place) => sum + place.mentions, 0);
  return (
    <section class="places" aria-labelledby="sidenote-places-heading" data-testid="places">
      <h3 id="sidenote-places-heading">Places</h3>
      {places.length === 0 ? (
        <p class="empty" data-testid="places-empty">
          No place names found in this article.
        </p>
      ) : (
        <>
          <p class="corpus-line" data-testid="places-count">
            {places.length} {places.length === 1 ? 'place' : 'places'}, {mentions}{' '}
            {mentions === 1 ? 'mention' : 'mentions'}
            {highlighted !== null && ` · ${highlighted} highlighted in the page`}
          </p>
          {map && (
            <LocatorMapView
              map={map}
              label={`Map of the ${places.length} places in this article`}
              focusedId={focusedPlaceId}
              onSelect={onSelect}
            />
          )}
          <ul class="places-list">
            {places.map((place) => (
              <PlaceItem key={place.id} place={place} focused={place.id === focusedPlaceId} onSelect={onSelect} />
            ))}
          </ul>
          <p class="corpus-line">
            Place data: GeoNames (CC BY 4.0), region points from countries-states-cities (ODbL 1.0). Map outlines:
            Natural Earth.
          </p>
        </>
      )}
    </section>
  );
}

function PlaceItem({
  place,
  focused,
  onSelect,
}: {
  place: PlaceInArticle;
  focused: boolean;
  onSelect: (placeId: string) => void;
}) {
  const population = formatPopulation(place.population);
  return (
    <li class={focused ? 'place-item focused' : 'place-item'} data-testid="place-item" data-place-id={place.id}>
      <button type="button" class="place-name" aria-expanded={focused} onClick={() => onSelect(place.id)}>
        {place.name}
      </button>
      <span class="place-mentions" title="Mentions in this article">
        ×{place.mentions}
      </span>
      <p class="place-kind">
        {describePlace(place)}
        {population && ` · ${population}`}
      </p>
      {place.variants.some((variant) => variant !== place.name) && (
        <p class="place-variants">Written here as {place.variants.join(', ')}</p>
      )}
      {focused ? (
        <PlaceCorpusList place={place} />
      ) : (
        place.corpusArticles > 0 && (
          <p class="place-variants">
            In {place.corpusArticles} corpus {place.corpusArticles === 1 ? 'article' : 'articles'}
          </p>
        )
      )}
    </li>
  );
}
