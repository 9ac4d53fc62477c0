// The app side of the crash harness (bench/crash.ts): the built server started as `npm start` runs
// it, and writers that send the public "suggest a producer" form (/lv/ieteikt) the way a browser
// does — a form token from the page, posted once it is old enough for the anti-spam check
// (form-guard.ts: ≥ 4 s), each write carrying a unique name that the harness looks for afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';

const TOKEN_AGE_MS = 4300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// never leave a server behind when the harness dies (one listener for every server it starts)
const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));

export type Server = { base: string; child: ChildProcess; startMs: number; exited: Promise<void> };

/** `node scripts/server.mjs` with the database's env; resolves once the form page answers. */
export async function startServer(port: number, env: Record<string, string>, logFile: string): Promise<Server> {
	const log = openSync(logFile, 'a');
	const t0 = performance.now();
	const child = spawn(process.execPath, ['scripts/server.mjs'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			// the origin the writers post from (SvelteKit refuses cross-site form posts)
			ORIGIN: `http://127.0.0.1:${port}`,
			SEED_DEMO: 'never',
			// every write of the run comes from 127.0.0.1: the per-address limit would stop it after 10
			SUGGESTIONS_PER_IP_HOUR: '1000000',
			...env
		},
		stdio: ['ignore', log, log]
	});
	closeSync(log); // the child holds its own copy
	live.add(child);
	let gone = false;
	const exited = new Promise<void>((r) =>
		child.once('exit', () => {
			gone = true;
			live.delete(child);
			r();
		})
	);
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 3000 && !gone; i++) {
		try {
			if ((await fetch(`${base}/lv/ieteikt`)).ok) return { base, child, startMs: performance.now() - t0, exited };
		} catch {
			/* not listening yet */
		}
		await sleep(100);
	}
	child.kill('SIGKILL');
	throw new Error(`the app did not start on ${base} (log: ${logFile})`);
}

type Token = { value: string; at: number };
type FormChoices = { kind: string; municipalityId: string };

/** The form's token and (once) a kind and municipality to choose. */
async function loadForm(base: string): Promise<{ token: Token; choices: FormChoices }> {
	const html = await (await fetch(`${base}/lv/ieteikt`)).text();
	const input = html.match(/<input[^>]*name="form_started"[^>]*>/)?.[0] ?? '';
	const value = input.match(/value="([^"]+)"/)?.[1];
	const kind = html.match(/name="kind"[^>]*value="([a-z_]+)"/)?.[1] ?? html.match(/<select[^>]*name="kind"[\s\S]*?<option[^>]*value="([a-z_]+)"/)?.[1];
	const municipalityId = html.match(/<select[^>]*name="municipalityId"[\s\S]*?<option[^>]*value="(\d+)"/)?.[1];
	if (!value || !kind || !municipalityId) throw new Error('the suggestion form has no token, kind or municipality to choose');
	return { token: { value, at: Date.now() }, choices: { kind, municipalityId } };
}

export type Mode = 'mixed' | 'fill' | 'post';

/** Shared by all writers of one database; `acknowledged` survives cycles. */
export class Writers {
	acknowledged: string[] = [];
	refused = 0;
	failed = 0;
	mode: Mode = 'mixed';
	private running = false;
	private loops: Promise<void>[] = [];
	private queues: Token[][];
	private serial = 0;
	private choices?: FormChoices;

	constructor(
		private readonly count: number,
		private readonly label: string
	) {
		this.queues = Array.from({ length: count }, () => []);
	}

	start(base: string, mode: Mode = 'mixed') {
		this.mode = mode;
		this.running = true;
		this.loops = this.queues.map((queue, w) => this.loop(base, queue, w));
	}

	/** Stops the loops; requests in flight end (or fail, when the server was killed). */
	async stop() {
		this.running = false;
		await Promise.all(this.loops);
	}

	/** Aged tokens ready to post right away. */
	readyTokens() {
		return this.queues.reduce((n, q) => n + q.filter((t) => Date.now() - t.at >= TOKEN_AGE_MS).length, 0);
	}

	private async loop(base: string, queue: Token[], w: number) {
		while (this.running) {
			try {
				const head = queue[0];
				if (this.mode !== 'fill' && head && Date.now() - head.at >= TOKEN_AGE_MS) {
					queue.shift();
					await this.post(base, head, w);
				} else if (this.mode !== 'post' && queue.length < 40) {
					const { token, choices } = await loadForm(base);
					this.choices ??= choices;
					queue.push(token);
				} else await sleep(50);
			} catch {
				// the server was killed under this request: it was never acknowledged
				this.failed++;
				await sleep(50);
			}
		}
	}

	private async post(base: string, token: Token, w: number) {
		const id = `${this.label}-w${w}-n${++this.serial}-${randomBytes(4).toString('hex')}`;
		const name = `Crash ${id}`;
		const body = new URLSearchParams({
			name,
			kind: this.choices!.kind,
			whatTheyMake: 'Crash harness write (bench/crash.ts)',
			municipalityId: this.choices!.municipalityId,
			email: `${id}@crash.example`,
			suggesterEmail: `${id}@crash.example`,
			form_started: token.value,
			fax_number: '',
			not_duplicate: '1'
		});
		const res = await fetch(`${base}/lv/ieteikt`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true', origin: base },
			body
		});
		const text = await res.text();
		// acknowledged: the action answered success — the page a person sees says "sent"
		if (res.ok && JSON.parse(text).type === 'success') this.acknowledged.push(name);
		else this.refused++;
	}
}
