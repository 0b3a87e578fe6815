import type { PlaceSummary } from '@/utils/core/results';

/** A date as precise as it was given: "2023", "Nov 2023", "Nov 9, 2023". */
export function formatDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date))
    return new Date(`${date}-01T00:00:00Z`).toLocaleDateString('en', {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

const KIND_LABELS: Record<PlaceSummary['kind'], string> = {
  continent: 'continent',
  country: 'country',
  region: 'region',
  district: 'district',
  area: 'area',
  city: 'city',
  town: 'town',
  village: 'village',
  river: 'river',
  sea: 'sea',
  // A settlement of under 1,000 people is a village to a reader, whatever the register calls it.
  hamlet: 'village',
};

/** "Town in Donetsk, Ukraine"; "Country"; "River in Ukraine". */
export function describePlace(place: PlaceSummary): string {
  const kind = KIND_LABELS[place.kind];
  const where = [place.region, place.countryName !== place.name ? place.countryName : null].filter(Boolean).join(', ');
  const label = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  return where ? `${label} in ${where}` : label;
}

export function formatPopulation(population: number | null): string | null {
  return population === null ? null : `${population.toLocaleString('en')} people`;
}
