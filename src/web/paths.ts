import type { Role } from '../domain/codes.ts';

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  if (role === 'client') return '/my';
  if (role === 'coach' || role === 'unit_manager' || role === 'admin') return '/caseload';
  return '/home';
}
