import {html, useEffect, useRef} from './ui.js';
import {chartLibrary} from './charts.js';

/** A Chart.js chart of the given configuration, drawn again when it changes. */
export function Chart({config, label}) {
  const canvas = useRef(null);
  useEffect(() => {
    let chart = null;
    let current = true;
    chartLibrary().then((Library) => {
      if (current && canvas.current) chart = new Library(canvas.current,
        {...config, options: {animation: false, maintainAspectRatio: false, ...config.options}});
    }, () => {});
    return () => { current = false; chart?.destroy(); };
  }, [JSON.stringify(config.data)]);
  return html`<div class="chart"><canvas ref=${canvas} role="img" aria-label=${label}></canvas></div>`;
}
