import { describe, expect, it } from 'vitest';
import { asAdminSees, maskLinkTokens, MASK } from './mask';

const reset = 'Jauna parole: https://tuvuma.lv/lv/aizmirsu-paroli/jauna?token=Abc123_-xyz\nSaite derīga stundu.';
const link = 'Ienākt: https://tuvuma.lv/lv/ienakt/saite?token=tok123&next=%2Flv%2Fkonts';

describe('link tokens in stored mail', () => {
	it('are masked, and nothing else in the mail changes', () => {
		expect(maskLinkTokens(reset)).toBe(`Jauna parole: https://tuvuma.lv/lv/aizmirsu-paroli/jauna?token=${MASK}\nSaite derīga stundu.`);
		expect(maskLinkTokens(link)).toBe(`Ienākt: https://tuvuma.lv/lv/ienakt/saite?token=${MASK}&next=%2Flv%2Fkonts`);
		expect(maskLinkTokens('Sveiki! https://tuvuma.lv/lv/razotaji/kalnmuizas')).toBe('Sveiki! https://tuvuma.lv/lv/razotaji/kalnmuizas');
	});

	it('show to admins only in the dev outbox, never in mail queued, sent or failing through SMTP', () => {
		for (const status of ['queued', 'sent', 'failed']) {
			const seen = asAdminSees({ status, text: reset, html: `<a href="https://x.lv/?token=Abc123">x</a>` });
			expect(seen.text).not.toContain('Abc123');
			expect(seen.html).not.toContain('Abc123');
		}
		expect(asAdminSees({ status: 'dev_outbox', text: reset, html: null }).text).toContain('token=Abc123_-xyz');
	});
});
