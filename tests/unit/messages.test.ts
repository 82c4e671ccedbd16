import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import pl from '@/messages/pl.json';

/** Every message as [dotted key, text]. */
function leaves(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('messages', () => {
  it('has every Polish message in English too, and no English one without a Polish original', () => {
    const keys = (messages: object) => leaves(messages).map(([key]) => key).sort();
    expect(keys(en)).toEqual(keys(pl));
  });

  it('has no empty or non-text message in either language', () => {
    const bad = [...leaves(pl), ...leaves(en)].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(bad).toEqual([]);
  });
});
