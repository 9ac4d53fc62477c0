// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/auth/permissions';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in person for this request (null = anonymous); set by the session hook. */
			principal: Principal;
			/** The current session's id (to mark "this device" among active sessions); null when anonymous. */
			sessionId: string | null;
			/** The client's address (TRUST_PROXY-aware), for rate limits, throttles and session IPs: hooks/client-address.ts. */
			clientAddress: string;
			/** A third-party player this one page may frame (the library's video after "Play"): hooks/security-headers.ts. */
			frameOrigin?: string;
		}
		interface PageData {
			map: { tileUrl: string; attribution: string };
			publicOrigin: string | null;
			viewer: { email: string; isAdmin: boolean; canModerate?: boolean; hasWorkspace?: boolean } | null;
		}
	}
}

export {};
