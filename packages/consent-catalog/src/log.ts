/** Console messages, all prefixed so a site owner can filter them. The widget never throws into the page. */
const PREFIX = '[cookie-consent]';

export const logError = (message: string, ...more: unknown[]): void => console.error(`${PREFIX} ${message}`, ...more);
export const logWarn = (message: string): void => console.warn(`${PREFIX} ${message}`);

/** A short, safe rendering of a bad value for a message. */
export const describe = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
