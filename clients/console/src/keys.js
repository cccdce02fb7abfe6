// The inbox's keys: arrow keys or j/k move, Enter opens. Not while someone types in a field.

const steps = {ArrowDown: 1, j: 1, ArrowUp: -1, k: -1};

/** Listens on the document; answers the function that stops listening. */
export function keyboardNavigation({count, move, open}) {
  function onKey(event) {
    const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
    if (typing || event.altKey || event.ctrlKey || event.metaKey || count() === 0) return;
    if (steps[event.key]) {
      event.preventDefault();
      move(steps[event.key]);
    } else if (event.key === 'Enter' && !event.target.closest?.('button, a')) {
      event.preventDefault();
      open();
    }
  }
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
