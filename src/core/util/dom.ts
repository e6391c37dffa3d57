/** Runs `callback` once the document is parsed (at once if it already is). */
export function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

/** Runs `callback` in a task after the next frame, so what was just changed is painted first; a hidden tab gets no frames, so on a timer. */
export const afterPaint = (callback: () => void): void => void (document.hidden ? setTimeout(callback) : requestAnimationFrame(() => setTimeout(callback)));
