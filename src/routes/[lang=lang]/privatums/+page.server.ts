import { PRIVACY_VERSION } from '$lib/server/auth/consents-repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ version: PRIVACY_VERSION });
