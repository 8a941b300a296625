/**
 * Times a record can be held to: to the second, with the time zone
 * ("2026-12-01 19:26:04 UTC"), the same in the history, the status and the report.
 */
export function formatTestTime(iso: string, options: { timeZone?: string; withDate?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}:${get('second')} ${get('timeZoneName')}`;
  return options.withDate === false ? time : `${get('year')}-${get('month')}-${get('day')} ${time}`;
}
