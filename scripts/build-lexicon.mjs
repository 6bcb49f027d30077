// npm run lexicon: regenerate src/engine/generated/irregular-forms.ts from compromise (see lexicon.mjs).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { runnerImport } from 'vite';
import { irregularForms, renderModule } from './lexicon.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(join(root, 'src/engine/lemma.ts'), { root, logLevel: 'error' });
const pairs = irregularForms(nlp, module.regularLemma);
writeFileSync(join(root, 'src/engine/generated/irregular-forms.ts'), renderModule(pairs));
console.log(`irregular-forms.ts: ${pairs.length} forms from compromise ${nlp.version}`);
