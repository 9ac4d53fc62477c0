// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			map: { tileUrl: string; attribution: string };
			publicOrigin: string | null;
		}
	}
}

export {};
