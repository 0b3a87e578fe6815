import { describe, expect, it } from 'vitest';
import { isFrameMessage } from './frame-messages';

describe('isFrameMessage', () => {
  it('takes each message with its fields, in its direction', () => {
    expect(
      isFrameMessage('sidebar', 'toFrame', { type: 'state', state: { status: 'loading' }, pageChange: null }),
    ).toBe(true);
    // Found when the check first landed: a page's change is a word, and a state carrying one was dropped.
    expect(
      isFrameMessage('sidebar', 'toFrame', { type: 'state', state: { status: 'ready' }, pageChange: 'navigated' }),
    ).toBe(true);
    expect(
      isFrameMessage('sidebar', 'toFrame', { type: 'state', state: { status: 'ready' }, pageChange: 'content' }),
    ).toBe(true);
    expect(isFrameMessage('sidebar', 'fromFrame', { type: 'select-place', placeId: '703448' })).toBe(true);
    expect(isFrameMessage('place-card', 'fromFrame', { type: 'size', placeId: '703448', height: 212 })).toBe(true);
  });

  it('refuses messages of another direction or kind, unknown types and wrong fields', () => {
    expect(
      isFrameMessage('sidebar', 'toFrame', { type: 'state', state: { status: 'ready' }, pageChange: 'elsewhere' }),
    ).toBe(false);
    expect(
      isFrameMessage('sidebar', 'fromFrame', { type: 'state', state: { status: 'ready' }, pageChange: null }),
    ).toBe(false);
    expect(isFrameMessage('place-card', 'fromFrame', { type: 'size', placeId: '703448', height: Number.NaN })).toBe(
      false,
    );
    expect(isFrameMessage('place-card', 'fromFrame', { type: 'size', height: 212 })).toBe(false);
    expect(isFrameMessage('sidebar', 'fromFrame', { type: 'show-sentence', sentence: 5 })).toBe(false);
    expect(isFrameMessage('sidebar', 'fromFrame', { type: 'toString' })).toBe(false);
    expect(isFrameMessage('sidebar', 'fromFrame', null)).toBe(false);
  });
});
