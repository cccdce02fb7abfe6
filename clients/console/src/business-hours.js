import {html} from './ui.js';

const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const here = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Business hours as a form keeps them (every field a string, so a re-render never loses what was typed). */
export function hoursFields(hours) {
  return {zone: hours?.zone ?? here, holidays: (hours?.holidays ?? []).join(', '),
    open: hours?.open?.map((one) => ({day: one.day, from: hhmm(one.from), to: hhmm(one.to)}))
      ?? [{day: 'MONDAY', from: '09:00', to: '17:00'}]};
}

/** The form's fields as the API takes business hours: a zone, opening stretches per weekday, holidays. */
export function hoursOf(fields) {
  return {zone: fields.zone.trim(), open: fields.open, holidays: fields.holidays.split(/[\s,]+/).filter(Boolean)};
}

/**
 * The business-hours fieldset (time zone, opening hours per weekday, holidays), controlled: it shows
 * {@code fields} and hands every change to {@code onChange(nextFields)}.
 */
export function BusinessHoursFields({fields, onChange, legend = 'Business hours'}) {
  const {open} = fields;
  const set = (name) => (event) => onChange({...fields, [name]: event.target.value});
  const change = (index, field, value) => onChange({...fields,
    open: open.map((one, i) => (i === index ? {...one, [field]: value} : one))});
  return html`
    <fieldset class="hours wide">
      <legend>${legend}</legend>
      <label>Time zone <input name="zone" required value=${fields.zone} onInput=${set('zone')} autocomplete="off" /></label>
      ${open.map((one, index) => html`
        <div class="opening" key=${index}>
          <label>Day <select value=${one.day} onChange=${(e) => change(index, 'day', e.target.value)}
                             aria-label=${`Day of opening hours ${index + 1}`}>
            ${days.map((day) => html`<option value=${day}>${day}</option>`)}</select></label>
          <label>From <input type="time" required value=${one.from} aria-label=${`Opens (opening hours ${index + 1})`}
                             onInput=${(e) => change(index, 'from', e.target.value)} /></label>
          <label>To <input type="time" required value=${one.to} aria-label=${`Closes (opening hours ${index + 1})`}
                           onInput=${(e) => change(index, 'to', e.target.value)} /></label>
          <button type="button" class="remove" aria-label=${`Remove opening hours ${index + 1}`}
                  onClick=${() => onChange({...fields, open: open.filter((_, i) => i !== index)})}>×</button>
        </div>`)}
      <button type="button" class="add-opening"
              onClick=${() => onChange({...fields, open: [...open, {day: nextDay(open), from: '09:00', to: '17:00'}]})}>
        Add opening hours</button>
      <label>Holidays <input name="holidays" value=${fields.holidays} onInput=${set('holidays')} autocomplete="off"
                             placeholder="2026-12-25, 2026-12-26" /></label>
    </fieldset>`;
}

/** Business hours in one line: "Europe/Berlin: MON 09:00-17:00; closed 2026-12-25". */
export function hoursText(hours) {
  const open = hours.open.map((one) => `${one.day.slice(0, 3)} ${hhmm(one.from)}–${hhmm(one.to)}`).join(', ');
  const closed = hours.holidays.length ? `; closed ${hours.holidays.join(', ')}` : '';
  return `${hours.zone}: ${open || 'never open'}${closed}`;
}

function hhmm(time) {
  return String(time).slice(0, 5);
}

function nextDay(open) {
  const last = open.length ? days.indexOf(open[open.length - 1].day) : -1;
  return days[(last + 1) % days.length];
}
