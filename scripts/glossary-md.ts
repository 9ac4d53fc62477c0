/**
 * Writes docs/glossary.md from src/lib/i18n/glossary.ts, so translators read the same list the test
 * enforces (glossary.test.ts fails while the file is stale). Run: npx tsx scripts/glossary-md.ts
 */
import { writeFileSync } from 'node:fs';
import { renderGlossaryDoc } from '../src/lib/i18n/glossary-doc';

writeFileSync('docs/glossary.md', renderGlossaryDoc());
