import { describe, expect, it } from 'vitest';
import {
  annotateRequestSchema,
  checkFiguresRequestSchema,
  contentToBackgroundSchema,
  placeMapRequestSchema,
} from '../shared/messages';
import { isOwnContentScript } from './sender';

const ID = 'sidenote-id';

describe('sender checks', () => {
  it('accepts only this extension’s content script in a tab’s top frame', () => {
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 0 }, ID)).toBe(true);
    expect(isOwnContentScript({ id: 'other-extension', tab: { id: 3 }, frameId: 0 }, ID)).toBe(false);
    expect(isOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 2 }, ID)).toBe(false);
    expect(isOwnContentScript({ id: ID }, ID)).toBe(false);
  });
});

describe('annotateRequestSchema', () => {
  it('accepts a well-formed request and rejects malformed ones', () => {
    expect(
      annotateRequestSchema.safeParse({ type: 'sidenote/annotate', article: { text: 'Body', title: null } }).success,
    ).toBe(true);
    expect(annotateRequestSchema.safeParse({ type: 'sidenote/annotate', article: { text: '' } }).success).toBe(false);
    expect(annotateRequestSchema.safeParse({ type: 'sidenote/annotate', article: { text: 42 } }).success).toBe(false);
    expect(annotateRequestSchema.safeParse({ type: 'other', article: { text: 'Body' } }).success).toBe(false);
  });
});

describe('placeMapRequestSchema', () => {
  it('takes one to 500 place ids and nothing else', () => {
    expect(placeMapRequestSchema.safeParse({ type: 'sidenote/place-map', placeIds: ['705104'] }).success).toBe(true);
    expect(placeMapRequestSchema.safeParse({ type: 'sidenote/place-map', placeIds: [] }).success).toBe(false);
    expect(placeMapRequestSchema.safeParse({ type: 'sidenote/place-map', placeIds: ['x'.repeat(81)] }).success).toBe(
      false,
    );
    expect(
      placeMapRequestSchema.safeParse({ type: 'sidenote/place-map', placeIds: Array(501).fill('UA') }).success,
    ).toBe(false);
  });
});

describe('checkFiguresRequestSchema', () => {
  it('takes the same article as an annotation request, under its own type', () => {
    const request = {
      type: 'sidenote/check-figures',
      article: { text: 'About 70% of the region.', publishedTime: '2024-01-01' },
    };
    expect(checkFiguresRequestSchema.safeParse(request).success).toBe(true);
    expect(contentToBackgroundSchema.safeParse(request).success).toBe(true);
    expect(checkFiguresRequestSchema.safeParse({ ...request, article: { text: '' } }).success).toBe(false);
    expect(
      checkFiguresRequestSchema.safeParse({ ...request, article: { text: 'x', title: 'y'.repeat(2_001) } }).success,
    ).toBe(false);
  });
});
