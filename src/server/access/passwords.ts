import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes) for real accounts.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Passwords must be long enough to resist guessing; length beats composition rules (NIST 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;
