import {html, useEffect, useRef} from './ui.js';
import {chartLibrary} from './charts.js';

/**
 * A Chart.js chart of the given configuration, drawn again when its data change. Its text
 * alternative names every figure ("label: x: dataset n, …"), so a screen reader reads what the bars
 * show; `onBar(index, datasetIndex)` is called when a bar is clicked (the drill-down).
 */
export function Chart({config, label, onBar}) {
  const canvas = useRef(null);
  const handler = useRef(onBar);
  handler.current = onBar; // the latest handler, without drawing the chart again
  useEffect(() => {
    let chart = null;
    let current = true;
    chartLibrary().then((Library) => {
      if (current && canvas.current) chart = new Library(canvas.current, {...config, options: {
        animation: false, maintainAspectRatio: false, ...config.options,
        onClick: (event, elements) => {
          if (elements.length > 0 && handler.current) handler.current(elements[0].index, elements[0].datasetIndex);
        }}});
    }, () => {});
    return () => { current = false; chart?.destroy(); };
  }, [JSON.stringify(config.data)]);
  return html`<div class=${onBar ? 'chart drills' : 'chart'}><canvas ref=${canvas} role="img" aria-label=${describe(label, config.data)}></canvas></div>`;
}

/** The chart's figures as a sentence: its label, then each bar's label with every dataset's value. */
function describe(label, {labels, datasets}) {
  if (labels.length === 0) return `${label}: no figures`;
  return `${label}: ` + labels.map((name, index) => `${name}: `
    + datasets.map((dataset) => `${dataset.label} ${dataset.data[index] ?? 'none'}`).join(', ')).join('; ');
}
