import type { LocatorMap } from '@/utils/core/places/locator-map';

interface LocatorMapViewProps {
  map: LocatorMap;
  label: string;
  /** The point drawn larger (the place a card is about, or the one focused in the list). */
  focusedId?: string | null;
  onSelect?: (placeId: string) => void;
}

/** An offline map: country outlines and place dots drawn as SVG from the background's projection. */
export function LocatorMapView({ map, label, focusedId = null, onSelect }: LocatorMapViewProps) {
  return (
    <svg
      class="map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      width={map.width}
      height={map.height}
      role="img"
      aria-label={label}
      data-testid="map"
    >
      <rect class="map-sea" width={map.width} height={map.height} />
      {map.countries.map((country, index) => (
        <path key={index} d={country.d} class={country.highlighted ? 'map-country highlighted' : 'map-country'} />
      ))}
      {map.points.map((point) => (
        <circle
          key={point.id}
          cx={point.x}
          cy={point.y}
          r={point.id === focusedId || map.points.length === 1 ? 5 : 3.5}
          class={point.id === focusedId ? 'map-point focused' : 'map-point'}
          data-place-id={point.id}
          onClick={onSelect && (() => onSelect(point.id))}
        />
      ))}
    </svg>
  );
}
