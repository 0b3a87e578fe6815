/**
 * Everything Sidenote creates in a page ends the same way: `destroy()` takes it out of the page
 * and stops its listeners, and a second call does nothing. The sidebar owns what lives while it is
 * open (highlights, cards, the page watch) and destroys it with itself.
 */
export interface Destroyable {
  destroy(): void;
}
