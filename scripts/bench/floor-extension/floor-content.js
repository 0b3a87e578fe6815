/* global chrome -- the browser's own extension API: this extension is plain files, loaded unbuilt */
// A second click removes what the first added. Otherwise: a box painted in the page (the floor of a
// sidebar drawn in the page) and an extension frame beside it (the floor of one drawn in a frame).
// The moments each was painted are left on the host element, on this page's clock, for the benchmark.
(() => {
  const old = document.querySelector('sidenote-floor');
  if (old) {
    old.remove();
    return;
  }
  const host = document.createElement('sidenote-floor');
  host.dataset.scriptAt = String(performance.timeOrigin + performance.now());
  const shadow = host.attachShadow({ mode: 'open' });
  // Placed as Sidenote's sidebar is, out of reach of the page's styles (a page may hide unknown elements).
  const style = document.createElement('style');
  style.textContent =
    ':host { all: initial !important; position: fixed !important; inset: 0 0 0 auto !important; width: 400px !important; height: 100vh !important; z-index: 2147483647 !important; display: block !important; }';
  const box = document.createElement('div');
  box.textContent = 'Painted in the page';
  box.style.cssText = 'display: block; height: 40px; background: #fff;';
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('/floor-frame.html');
  frame.style.cssText = 'display: block; width: 100%; height: 200px; border: 0;';
  shadow.append(style, box, frame);
  (document.body ?? document.documentElement).append(host);
  requestAnimationFrame(() =>
    setTimeout(() => {
      host.dataset.boxPaintedAt = String(performance.timeOrigin + performance.now());
    }, 0),
  );
})();
