import type { Handle } from '@sveltejs/kit';

/**
 * SvelteKit names every module a page preloads twice: as <link rel="modulepreload"> in the HTML head
 * and in a `Link` response header. On pages that keep the client and import many modules (the admin
 * audit log: ~17 kB) the header alone passes Node's 16 kB limit for all headers, and clients refuse
 * the response ("Header overflow"). The head already carries the same preloads, so the header goes.
 */
export function withoutPreloadHeader(headers: Headers): void {
	const link = headers.get('link');
	if (link && /rel="modulepreload"/.test(link)) headers.delete('link');
}

export const handlePreloadHeader: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	withoutPreloadHeader(response.headers);
	return response;
};
