import type { PageServerLoad } from './$types';
import { Marked } from 'marked';
import method from '../../../../../docs/contest-draw.md?raw';

/** docs/contest-draw.md, the method every contest page links to (the repository's own text, trusted). */
const html = new Marked().parse(method, { async: false }) as string;

export const load: PageServerLoad = async () => ({ html });
export const csr = false;
