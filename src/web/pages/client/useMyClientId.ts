import { useUser } from '../../auth.tsx';

/** The signed-in client's own client record id. */
export function useMyClientId(): string {
  const user = useUser();
  return user.clientId ?? 'me';
}
