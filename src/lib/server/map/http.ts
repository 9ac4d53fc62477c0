import type { Problem } from './params';

/** An RFC 9457 problem response (application/problem+json). */
export function problemResponse(problem: Problem): Response {
	return new Response(JSON.stringify(problem), {
		status: problem.status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' }
	});
}
