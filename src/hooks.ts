import type { Reroute } from '@sveltejs/kit';
import { badRequestReroute } from '$lib/http/malformed-url';

/** Malformed addresses (NUL bytes in a slug or filter) get the 400 page instead of reaching a load. */
export const reroute: Reroute = ({ url }) => badRequestReroute(url);
