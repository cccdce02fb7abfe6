/**
 * Whether a site's staff answer now: its business hours are stretches of the week in an IANA time
 * zone, read here with the browser's own time-zone data (Intl), so no clock library is needed.
 * @module
 */

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * @typedef {{day: string, opens: string, closes: string}} OpeningHours
 * @typedef {{timeZone: string, hours: OpeningHours[]}} BusinessHours
 */

/**
 * @param {BusinessHours|null|undefined} hours null: staff answer at any time
 * @param {Date} [now]
 * @returns {boolean}
 */
export function isOpen(hours, now = new Date()) {
  if (!hours) return true;
  const {day, minutes} = localTime(hours.timeZone, now);
  return hours.hours.some((stretch) => stretch.day === day
    && minutesOf(stretch.opens) <= minutes && minutes < minutesOf(stretch.closes));
}

/** The hours as a short text: "Mon 09:00–17:00, Sat 10:00–14:00 (Europe/Berlin)". @param {BusinessHours} hours */
export function describe(hours) {
  const stretches = [...hours.hours].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day)
    || minutesOf(a.opens) - minutesOf(b.opens));
  return stretches.map((s) => `${SHORT[DAYS.indexOf(s.day)]} ${s.opens}–${s.closes}`).join(', ')
    + ` (${hours.timeZone})`;
}

/** @param {string} timeZone @param {Date} now */
function localTime(timeZone, now) {
  const parts = new Intl.DateTimeFormat('en-GB', {timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23'}).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return {day: part('weekday').toUpperCase(), minutes: Number(part('hour')) * 60 + Number(part('minute'))};
}

/** @param {string} time HH:mm, or 24:00 */
function minutesOf(time) {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}
