import type { SettingValue } from './settings_tree';

/**
 * Value checks for each kind of setting. Each returns Elasticsearch's own message for a bad value
 * (from `Booleans`, `Setting.parseInt`, `TimeValue` and `RemoteConnectionStrategy.parsePort`), or
 * `undefined` when the value is acceptable.
 */
export type ValueCheck = (value: SettingValue, key: string) => string | undefined;

function scalar(value: SettingValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : value;
}

export const booleanValue: ValueCheck = (value) => {
  const text = scalar(value);
  return text === 'true' || text === 'false'
    ? undefined
    : `Failed to parse value [${text}] as only [true] or [false] are allowed.`;
};

export function integerValue(min: number): ValueCheck {
  return (value, key) => {
    const text = scalar(value);
    if (!/^[+-]?\d+$/.test(text)) return `Failed to parse value [${text}] for setting [${key}]`;
    return Number(text) < min ? `Failed to parse value [${text}] for setting [${key}] must be >= ${min}` : undefined;
  };
}

const TIME_VALUE = /^(-1|0|\d+(\.\d+)?\s*(nanos|micros|ms|s|m|h|d))$/;

export const timeValue: ValueCheck = (value, key) => {
  const text = scalar(value).trim().toLowerCase();
  return TIME_VALUE.test(text)
    ? undefined
    : `failed to parse setting [${key}] with value [${scalar(value)}] as a time value: unit is missing or unrecognized`;
};

export const stringValue: ValueCheck = () => undefined;

/** Java enum settings: any case is accepted, and a bad value names the enum class. */
export function enumValue(javaEnum: string, allowed: readonly string[]): ValueCheck {
  return (value) => {
    const upper = scalar(value).toUpperCase();
    return allowed.includes(upper) ? undefined : `No enum constant ${javaEnum}.${upper}`;
  };
}

/** Settings whose parser throws its own message, such as `cluster.routing.allocation.enable`. */
export function choiceValue(allowed: readonly string[], message: (value: string) => string): ValueCheck {
  return (value) => (allowed.includes(scalar(value).toLowerCase()) ? undefined : message(scalar(value)));
}

/** `host:port`, where the host may be a bracketed IPv6 address; only the port is checked, like Elasticsearch. */
export function checkHostPort(address: string): string | undefined {
  const separator = address.lastIndexOf(':');
  if (separator === -1 || separator === address.length) {
    return `remote hosts need to be configured as [host:port], found [${address}] instead`;
  }
  const portText = address.substring(separator + 1);
  if (!/^[+-]?\d+$/.test(portText)) return 'failed to parse port';
  const port = Number(portText);
  return port <= 0 ? `port number must be > 0 but was: [${port}]` : undefined;
}

/** An empty proxy address is allowed: it is how a remote is switched off without deleting it. */
export const hostPortValue: ValueCheck = (value) => {
  const text = scalar(value);
  return text === '' ? undefined : checkHostPort(text);
};

export const hostPortListValue: ValueCheck = (value) => {
  const addresses = Array.isArray(value) ? value : value.split(',').filter((item) => item.trim() !== '');
  for (const address of addresses) {
    const problem = checkHostPort(address.trim());
    if (problem) return problem;
  }
  return undefined;
};

const UNIT_MILLIS: Readonly<Record<string, number>> = {
  nanos: 1e-6,
  micros: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A time value (`7d`, `30s`) in milliseconds; `undefined` when Elasticsearch would not parse it. */
export function timeValueMillis(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(nanos|micros|ms|s|m|h|d)$/.exec(text.trim().toLowerCase());
  return match ? Number(match[1]) * UNIT_MILLIS[match[2]] : undefined;
}
