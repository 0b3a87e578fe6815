/** Scores place detection and resolution against gold spans (the eval:places command and its test). */

import type { TextRange } from '../types';
import { extentContains, type Place } from './gazetteer';
import { DEMONYMS } from './demonyms';
import { distanceKm } from './geo';
import { foldPlaceName } from './place-key';
import type { PlaceMention } from './find-places';

export interface GoldDocument {
  id: string;
  text: string;
  /** A toponym without coordinates (null or absent) counts for finding places, not for resolving them. */
  toponyms: (TextRange & { lat?: number | string | null; lon?: number | string | null })[];
}

export interface PlaceScore {
  gold: number;
  detected: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Detected mentions that match a gold span with coordinates: what resolution is measured on. */
  locatable: number;
  /** Of the detected mentions that match a gold span with coordinates, the share whose place's point is within 161 km of the gold point. */
  within161km: number;
  /**
   * The same, measured from the place itself rather than its representative point: a country,
   * region or continent counts when the gold point lies inside it (distance zero). The gold sets
   * put Canada's point 1,000 km apart (GeoNames' and Wikipedia's conventions).
   */
  resolved: number;
  /** Gold spans that are demonyms ("Russian"), which Sidenote by design does not take for places. */
  demonymGold: number;
  /** Recall over the gold spans that are not demonyms, and F1 with it: demonyms apart, which Sidenote does not take for places by design. */
  recallWithoutDemonyms: number;
  f1WithoutDemonyms: number;
  /** One line per miss, false alarm and far-off resolution, for --errors. */
  errors: string[];
}

export const RESOLUTION_TOLERANCE_KM = 161;

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

export function scorePlaces(
  documents: readonly GoldDocument[],
  detect: (text: string) => PlaceMention[],
  placeById: (id: string) => Place | undefined,
  /** Whether the point lies inside the place (an area); by default, inside its extent. */
  contains: (place: Place, lat: number, lon: number) => boolean = (place, lat, lon) =>
    place.extent !== undefined && extentContains(place.extent, lat, lon),
): PlaceScore {
  let gold = 0;
  let detected = 0;
  let truePositives = 0;
  let resolvedClose = 0;
  let resolvedInside = 0;
  let locatable = 0;
  let demonymGold = 0;
  let demonymFound = 0;
  const errors: string[] = [];
  for (const document of documents) {
    const mentions = detect(document.text);
    gold += document.toponyms.length;
    detected += mentions.length;
    const matchedGold = new Set<number>();
    for (const mention of mentions) {
      const goldIndex = document.toponyms.findIndex(
        (span, index) => !matchedGold.has(index) && overlaps(span, mention),
      );
      const place = placeById(mention.placeId);
      if (goldIndex < 0) {
        errors.push(
          `false alarm ${document.id}: "${mention.surface}" → ${place?.name} (${place?.kind}, ${place?.country})`,
        );
        continue;
      }
      matchedGold.add(goldIndex);
      truePositives++;
      const span = document.toponyms[goldIndex]!;
      if (span.lat === null || span.lon === null || span.lat === undefined || span.lon === undefined) continue;
      locatable++;
      const km = place ? distanceKm(place.lat, place.lon, Number(span.lat), Number(span.lon)) : Infinity;
      const inside = place !== undefined && contains(place, Number(span.lat), Number(span.lon));
      if (km <= RESOLUTION_TOLERANCE_KM) resolvedClose++;
      if (km <= RESOLUTION_TOLERANCE_KM || inside) resolvedInside++;
      else
        errors.push(
          `far ${document.id}: "${mention.surface}" → ${place?.name} (${place?.kind}, ${place?.country}) ${Math.round(km)} km off`,
        );
    }
    document.toponyms.forEach((span, index) => {
      const surface = document.text.slice(span.start, span.end);
      if (DEMONYMS.has(foldPlaceName(surface))) {
        demonymGold++;
        if (matchedGold.has(index)) demonymFound++;
      }
      if (!matchedGold.has(index)) errors.push(`missed ${document.id}: "${surface}"`);
    });
  }
  const precision = detected ? truePositives / detected : 0;
  const recall = gold ? truePositives / gold : 0;
  const recallWithout = gold - demonymGold ? (truePositives - demonymFound) / (gold - demonymGold) : 0;
  return {
    gold,
    detected,
    truePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    locatable,
    within161km: locatable ? resolvedClose / locatable : 0,
    resolved: locatable ? resolvedInside / locatable : 0,
    demonymGold,
    recallWithoutDemonyms: recallWithout,
    f1WithoutDemonyms: precision + recallWithout ? (2 * precision * recallWithout) / (precision + recallWithout) : 0,
    errors,
  };
}
