// A small closed-loop HTTP load generator: `concurrency` workers, `requests` in all, keep-alive.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function get(url, headers, onResponse) {
	return new Promise((resolve, reject) => {
		const req = http
			.get(url, { agent, headers }, (res) => {
				res.resume();
				onResponse?.(res);
				// 'close' also comes when the connection drops mid-body, where 'end' never would (the run hung)
				res.once('close', () => (res.complete ? resolve(res.statusCode) : reject(new Error(`${url}: response cut off`))));
			})
			.on('error', reject);
		req.setTimeout(60_000, () => req.destroy(new Error(`${url}: no answer in 60 s`)));
	});
}

/**
 * `maxSeconds` (optional) stops issuing requests after that long: slow targets end with fewer.
 * `headers` go with every request (e.g. the Accept-Encoding a browser sends); `onResponse(res)`
 * sees each response's headers.
 */
export async function load(urls, { concurrency, requests, maxSeconds = Infinity, headers = {}, onResponse = undefined }) {
	const latencies = [];
	let next = 0;
	let errors = 0;
	const started = performance.now();
	const deadline = started + maxSeconds * 1000;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < requests && performance.now() < deadline) {
				const url = urls[next++ % urls.length];
				const t = performance.now();
				// a reset socket (the server closing an idle keep-alive connection) counts as an error
				const status = await get(url, headers, onResponse).catch(() => 0);
				if (status !== 200) errors++;
				latencies.push(performance.now() - t);
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
	return { rps: latencies.length / seconds, p50: pct(50), p95: pct(95), p99: pct(99), errors, count: latencies.length };
}

/** The floor: a bare Node http server returning a fixed JSON body. */
export async function startBaseline(port) {
	const body = JSON.stringify({ ok: true, items: [1, 2, 3] });
	const server = http.createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(body);
	});
	await new Promise((r) => server.listen(port, '127.0.0.1', r));
	return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => server.close(r)) };
}
