/** `[01:02:03]`, `(1:02:03.5)`, `02:03` or `[02:03,500]`: a clock time, bracketed or bare. */
const CLOCK = /^[[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?[\])]?$/;

/** Seconds of a clock-time token like `[00:01:23]` or `(1:23)`, or `undefined` when it is not one. */
export function readClockTime(token: string): number | undefined {
  const match = CLOCK.exec(token);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const open = token[0] === '[' || token[0] === '(';
  const close = token.endsWith(']') || token.endsWith(')');
  if (open !== close || Number(seconds) > 59 || (hours !== '0' && Number(minutes) > 59)) return undefined;
  const millis = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
  return ((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000 + millis) / 1000;
}
