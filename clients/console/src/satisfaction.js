import {html, useState, useEffect} from './ui.js';
import {Chart} from './chart.js';
import {useDirectory} from './directory.js';

const average = (value) => value == null ? '–' : value.toFixed(2);

/** Visitors' ratings in the range: overall, their distribution 1 to 5, per agent and per context, each drilling down. */
export function Satisfaction({client, range, onDrill}) {
  const [figures, setFigures] = useState(null);
  const [problem, setProblem] = useState(null);
  const {nameOf} = useDirectory();

  useEffect(() => {
    let current = true;
    client.rest('GET', `/api/query/stats/satisfaction?${new URLSearchParams(range)}`)
      .then(({body}) => current && (setFigures(body), setProblem(null)),
        (failed) => current && setProblem(`satisfaction: ${failed.code ?? failed.message}`));
    return () => { current = false; };
  }, [client, range.from, range.to]);

  if (problem) return html`<p class="problem" role="alert">${problem}</p>`;
  if (figures === null) return '';
  const {overall} = figures;
  const groups = (title, field, figure, name) => html`
    <table class="counts" data-figure=${`satisfaction-${figure}`}>
      <caption>${title}</caption>
      <thead><tr><th></th><th>ratings</th><th>average</th></tr></thead>
      <tbody>${figures[field].length === 0 ? html`<tr><td class="quiet" colspan="3">none</td></tr>`
        : figures[field].map((group) => html`
        <tr data-name=${group.key ?? 'none'}><th scope="row" title=${group.key ?? ''}>${name(group.key)}</th>
          <td><button class="count" onClick=${() => onDrill(`${figure}:${group.key ?? 'none'}`,
            `Rated, ${name(group.key)}`)}>${group.ratings}</button></td>
          <td>${average(group.average)}</td></tr>`)}
      </tbody>
    </table>`;
  return html`
    <section class="satisfaction" aria-label="Satisfaction">
      <h3>Satisfaction</h3>
      <p class="overall">Average <strong>${average(overall.average)}</strong> of
        <button class="count" onClick=${() => onDrill('rated', 'Rated')}>${overall.ratings}</button> ratings</p>
      <div class="figures">
        <${Chart} label="Ratings 1 to 5" onBar=${(index) => onDrill(`score:${index + 1}`, `Rated ${index + 1}`)}
          config=${{type: 'bar', data: {labels: ['1', '2', '3', '4', '5'],
            datasets: [{label: 'ratings', data: overall.scores}]},
            options: {plugins: {title: {display: true, text: 'Ratings 1 to 5'}, legend: {display: false}},
              scales: {y: {ticks: {precision: 0}}}}}} />
        ${groups('Per agent', 'byAgent', 'agent', (key) => key == null ? 'nobody' : nameOf(key))}
        ${groups('Per context', 'byContext', 'context', (key) => key ?? 'none')}
      </div>
    </section>`;
}
