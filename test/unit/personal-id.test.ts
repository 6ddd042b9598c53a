import { describe, expect, it } from 'vitest';
import { makePersonalId, maskPersonalId, parsePersonalId } from '../../src/domain/identity/personal-id.ts';

// Check characters below were computed by hand: the nine digits DDMMYYZZZ mod 31 index
// "0123456789ABCDEFHJKLMNPRSTUVWXY" (0–9 are digits, then A=10 … F=15, H=16 … Y=30).

describe('parsePersonalId', () => {
  it('accepts the Population Register Centre example 131052-308T', () => {
    // 131052308 = 31 × 4227493 + 25, and index 25 is 'T'.
    expect(parsePersonalId('131052-308T')).toEqual({
      ok: true,
      value: '131052-308T',
      birthDate: '1952-10-13',
      birthYear: 1952,
      sex: 'female',
    });
  });

  it('trims and upper-cases the input', () => {
    const result = parsePersonalId('  131052-308t \n');
    expect(result).toMatchObject({ ok: true, value: '131052-308T' });
  });

  it('rejects a wrong check character', () => {
    // 131052309 mod 31 = 26 ('U'), so 'T' does not fit individual number 309.
    expect(parsePersonalId('131052-309T')).toEqual({ ok: false, reason: 'checksum' });
    expect(parsePersonalId('131052-308U')).toEqual({ ok: false, reason: 'checksum' });
    // Letters never used as check characters are checksum failures, not format failures.
    expect(parsePersonalId('131052-308Z')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reads the sex from the parity of the individual number', () => {
    expect(parsePersonalId('131052-309U')).toMatchObject({ ok: true, sex: 'male' });
    expect(parsePersonalId('131052-308T')).toMatchObject({ ok: true, sex: 'female' });
  });

  it('maps every century sign to its century', () => {
    // 010594902 mod 31 = 1 and 010594903 mod 31 = 2.
    for (const sign of ['-', 'Y', 'X', 'W', 'V', 'U']) {
      expect(parsePersonalId(`010594${sign}9021`)).toMatchObject({ ok: true, birthDate: '1994-05-01', birthYear: 1994, sex: 'female' });
    }
    expect(parsePersonalId('010594Y9032')).toMatchObject({ ok: true, sex: 'male' });
    // 020502902 mod 31 = 29 ('X') and 020502903 mod 31 = 30 ('Y').
    for (const sign of ['A', 'B', 'C', 'D', 'E', 'F']) {
      expect(parsePersonalId(`020502${sign}902X`)).toMatchObject({ ok: true, birthDate: '2002-05-02', birthYear: 2002 });
    }
    expect(parsePersonalId('020502e903y')).toMatchObject({ ok: true, value: '020502E903Y', sex: 'male' });
    expect(parsePersonalId('020502+902X')).toMatchObject({ ok: true, birthDate: '1802-05-02', birthYear: 1802 });
  });

  it('rejects unknown century signs', () => {
    expect(parsePersonalId('020502G902X')).toEqual({ ok: false, reason: 'format' });
    expect(parsePersonalId('020502T902X')).toEqual({ ok: false, reason: 'format' });
    expect(parsePersonalId('020502Z902X')).toEqual({ ok: false, reason: 'format' });
  });

  it('accepts individual numbers 002–999, including the temporary range 900–999', () => {
    // 010100002 mod 31 = 16 ('H'); 311299900 mod 31 = 8.
    expect(parsePersonalId('010100A002H')).toMatchObject({ ok: true, birthDate: '2000-01-01' });
    expect(parsePersonalId('311299-9008')).toMatchObject({ ok: true, birthDate: '1999-12-31', sex: 'female' });
  });

  it('rejects individual numbers 000 and 001', () => {
    // The check characters are right (010100000 mod 31 = 14 'E', 010100001 mod 31 = 15 'F'),
    // so only the individual number can be the reason.
    expect(parsePersonalId('010100A000E')).toEqual({ ok: false, reason: 'format' });
    expect(parsePersonalId('010100A001F')).toEqual({ ok: false, reason: 'format' });
  });

  it('validates the calendar date, leap years included', () => {
    // 290200123 mod 31 = 9: 29 February 2000 exists (divisible by 400), 1900 had none.
    expect(parsePersonalId('290200A1239')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parsePersonalId('290200-1239')).toEqual({ ok: false, reason: 'date' });
    // 290296901 mod 31 = 5: 1996 was a leap year.
    expect(parsePersonalId('290296-9015')).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    // 290201123 mod 31 = 17 ('J'), but 2001 was not a leap year.
    expect(parsePersonalId('290201A123J')).toEqual({ ok: false, reason: 'date' });
    expect(parsePersonalId('300252-308T')).toEqual({ ok: false, reason: 'date' });
    expect(parsePersonalId('001052-308T')).toEqual({ ok: false, reason: 'date' });
    expect(parsePersonalId('131352-308T')).toEqual({ ok: false, reason: 'date' });
  });

  it('rejects malformed input', () => {
    for (const input of ['', '131052308T', '131052-308', '131052-308TT', '13105-2308T', '131052 308T', 'abcdef-ghij', '131052-30AT']) {
      expect(parsePersonalId(input)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('maskPersonalId', () => {
  it('shows only the birth date and the century sign', () => {
    expect(maskPersonalId('131052-308T')).toBe('131052-****');
    expect(maskPersonalId('010594Y9021')).toBe('010594Y****');
    expect(maskPersonalId(' 290200a1239 ')).toBe('290200A****');
  });

  it('masks everything when the value is not shaped like a personal identity code', () => {
    expect(maskPersonalId('not an id')).toBe('***********');
    expect(maskPersonalId('131052308T')).toBe('***********');
    expect(maskPersonalId('')).toBe('***********');
  });
});

describe('makePersonalId', () => {
  it('builds codes with the right check character', () => {
    expect(makePersonalId('1952-10-13', 308)).toBe('131052-308T');
    expect(makePersonalId('2000-02-29', 123)).toBe('290200A1239');
    expect(makePersonalId('2000-01-01', 2)).toBe('010100A002H');
    expect(makePersonalId('1802-05-02', 902)).toBe('020502+902X');
  });

  it('uses a given century sign of the right century', () => {
    expect(makePersonalId('1994-05-01', 902, 'Y')).toBe('010594Y9021');
    expect(makePersonalId('2002-05-02', 903, 'E')).toBe('020502E903Y');
    expect(() => makePersonalId('1994-05-01', 902, 'A')).toThrow(RangeError);
    expect(() => makePersonalId('1994-05-01', 902, 'Q')).toThrow(RangeError);
    expect(() => makePersonalId('1994-05-01', 902, 'toString')).toThrow(RangeError);
  });

  it('makes test codes in the 900–999 range that parse back to the same person', () => {
    for (const [birthDate, individual] of [['1985-07-15', 900], ['2011-12-31', 999], ['1999-02-28', 951], ['2024-02-29', 914]] as const) {
      const code = makePersonalId(birthDate, individual);
      expect(parsePersonalId(code)).toEqual({
        ok: true,
        value: code,
        birthDate,
        birthYear: Number(birthDate.slice(0, 4)),
        sex: individual % 2 === 1 ? 'male' : 'female',
      });
    }
  });

  it('refuses input it cannot encode', () => {
    expect(() => makePersonalId('2025-02-30', 900)).toThrow(RangeError);
    expect(() => makePersonalId('1799-12-31', 900)).toThrow(RangeError);
    expect(() => makePersonalId('2100-01-01', 900)).toThrow(RangeError);
    expect(() => makePersonalId('1990-01-01', 1)).toThrow(RangeError);
    expect(() => makePersonalId('1990-01-01', 1000)).toThrow(RangeError);
    expect(() => makePersonalId('1990-01-01', 900.5)).toThrow(RangeError);
  });
});
