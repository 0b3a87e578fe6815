// Paints one line, then notes when, measured as Sidenote's sidebar notes its own first paint.
document.getElementById('line').textContent = 'Painted in an extension frame';
requestAnimationFrame(() =>
  setTimeout(() => {
    document.body.dataset.paintedAt = String(performance.timeOrigin + performance.now());
  }, 0),
);
