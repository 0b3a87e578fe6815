import { describe, expect, it } from 'vitest';
import { contentTerms } from '../text';
import { signature, similarity } from './minhash';

const story = contentTerms(
  'Russian forces shelled Kupiansk overnight, and officials in Kharkiv region ordered the evacuation of 37 settlements near the front line as drones struck the town centre and power failed across the district.',
);

describe('MinHash signatures', () => {
  it('rate a text identical to itself and near copies high, other texts low', () => {
    const copy = [...story, 'residents', 'boarded', 'buses'];
    const other = contentTerms(
      'The council approved a budget for libraries, reading rooms and evening hours across the city, with new computers for children and more staff at weekends.',
    );
    expect(similarity(signature(story), signature(story))).toBe(1);
    expect(similarity(signature(story), signature(copy))).toBeGreaterThan(0.6);
    expect(similarity(signature(story), signature(other))).toBeLessThan(0.1);
  });

  it('never counts two empty texts as the same', () => {
    expect(similarity(signature([]), signature([]))).toBe(0);
  });
});
