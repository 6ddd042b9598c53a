import { describe, expect, it } from 'vitest';
import { isValidBusinessId, makeBusinessId, parseBusinessId } from '../../src/domain/identity/business-id.ts';

// Check digits computed by hand with the weights 7, 9, 10, 5, 8, 4, 2:
//   0737546: 0·7 + 7·9 + 3·10 + 7·5 + 5·8 + 4·4 + 6·2 = 0+63+30+35+40+16+12 = 196;
//            196 mod 11 = 9, check digit 11 − 9 = 2   → 0737546-2
//   0112038: 0·7 + 1·9 + 1·10 + 2·5 + 0·8 + 3·4 + 8·2 = 0+9+10+10+0+12+16 = 57;
//            57 mod 11 = 2, check digit 11 − 2 = 9    → 0112038-9
//   1572860: 1·7 + 5·9 + 7·10 + 2·5 + 8·8 + 6·4 + 0·2 = 7+45+70+10+64+24+0 = 220;
//            220 mod 11 = 0, check digit 0             → 1572860-0
//   0000006: 6·2 = 12; 12 mod 11 = 1                   → no valid check digit

describe('parseBusinessId', () => {
  it('accepts valid business IDs', () => {
    expect(parseBusinessId('0737546-2')).toEqual({ ok: true, value: '0737546-2' });
    expect(parseBusinessId('0112038-9')).toEqual({ ok: true, value: '0112038-9' });
    expect(parseBusinessId('1572860-0')).toEqual({ ok: true, value: '1572860-0' });
  });

  it('trims surrounding whitespace', () => {
    expect(parseBusinessId(' 0737546-2\t')).toEqual({ ok: true, value: '0737546-2' });
  });

  it('accepts the old six-digit form and normalises it to seven digits', () => {
    expect(parseBusinessId('737546-2')).toEqual({ ok: true, value: '0737546-2' });
    expect(parseBusinessId('112038-9')).toEqual({ ok: true, value: '0112038-9' });
  });

  it('rejects a wrong check digit', () => {
    expect(parseBusinessId('0737546-3')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseBusinessId('1572860-1')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseBusinessId('737546-1')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects numbers whose remainder is 1, whatever the check digit', () => {
    for (let check = 0; check <= 9; check++) {
      expect(parseBusinessId(`0000006-${check}`)).toEqual({ ok: false, reason: 'checksum' });
    }
  });

  it('rejects malformed input', () => {
    for (const input of ['', '07375462', '0737546-', '0737546-22', '12345-1', '00737546-2', '0737546–2', 'FI07375462', 'abcdefg-h']) {
      expect(parseBusinessId(input)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('offers a boolean shorthand', () => {
    expect(isValidBusinessId('0737546-2')).toBe(true);
    expect(isValidBusinessId('0737546-3')).toBe(false);
  });
});

describe('makeBusinessId', () => {
  it('adds the check digit and the leading zeros', () => {
    expect(makeBusinessId(737546)).toBe('0737546-2');
    expect(makeBusinessId(112038)).toBe('0112038-9');
    expect(makeBusinessId(1572860)).toBe('1572860-0');
    expect(makeBusinessId(0)).toBe('0000000-0');
  });

  it('returns null when the remainder is 1', () => {
    expect(makeBusinessId(6)).toBeNull();
  });

  it('makes IDs that parse back', () => {
    for (const n of [1, 1234567, 2345678, 9999999, 3141592]) {
      const id = makeBusinessId(n);
      if (id !== null) expect(parseBusinessId(id)).toEqual({ ok: true, value: id });
    }
  });

  it('rejects numbers outside 0–9 999 999', () => {
    expect(() => makeBusinessId(-1)).toThrow(RangeError);
    expect(() => makeBusinessId(10_000_000)).toThrow(RangeError);
    expect(() => makeBusinessId(12.5)).toThrow(RangeError);
  });
});
