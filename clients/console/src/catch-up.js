// The read models (the inbox, a timeline) trail the live events by a moment. A view that sees an
// event loads again until what it loads has reached that event's sequence, a bounded number of
// times, one load at a time, and always keeps the newest answer; then once more a moment later, for
// the read models that trail the one it checked (the unread counts behind the inbox).

const PAUSE_MS = 250;
const TRIES = 16;
const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

/**
 * @param {() => Promise<any>} load
 * @param {(loaded: any, conversationId: string, sequence: number) => boolean} reached
 * @param {(loaded: any) => void} show
 */
export function catchUp(load, reached, show) {
  const awaited = new Map(); // conversation id -> the highest sequence seen live
  let running = false;

  async function run() {
    running = true;
    try {
      for (let tries = 0; awaited.size > 0 && tries < TRIES; tries++) {
        const wanted = [...awaited];
        const loaded = await load();
        show(loaded);
        wanted.filter(([id, sequence]) => reached(loaded, id, sequence) && awaited.get(id) === sequence)
          .forEach(([id]) => awaited.delete(id));
        await pause();
        if (awaited.size === 0) show(await load()); // events that come meanwhile go round again
      }
    } catch (failed) {
      // the next event, or the view being opened again, loads afresh
    } finally {
      awaited.clear();
      running = false;
    }
  }

  return (conversationId, sequence) => {
    awaited.set(conversationId, Math.max(sequence, awaited.get(conversationId) ?? -1));
    if (!running) run();
  };
}
