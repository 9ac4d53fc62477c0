// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/auth/permissions';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in person for this request (null = anonymous); set by the session hook. */
			principal: Principal;
		}
		interface PageData {
			map: { tileUrl: string; attribution: string };
			publicOrigin: string | null;
		}
	}
}

export {};
