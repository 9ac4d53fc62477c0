/**
 * A winner's personal consent link: `<entry id>.<mac>` (auth/signed-id.ts), derived rather than
 * stored, like the events' personal links, so a mail can always carry it again.
 */
import { readSignedId, signedId } from '../auth/signed-id';

export const consentToken = (entryId: string, secret: string) => signedId('contest-consent', entryId, secret);

export const readConsentToken = (token: string, secret: string): string | null => readSignedId('contest-consent', token, secret);
