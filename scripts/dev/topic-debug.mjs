// Scratch: the rules' topic, the topic model's word scores and the shown topic for each client message given.
// Usage: node scripts/dev/topic-debug.mjs "client message" …
import { build } from 'rolldown';
import { pathToFileURL } from 'node:url';
await build({
  input: { t: new URL('./topic-entry.ts', import.meta.url).pathname },
  output: { dir: '/tmp/attune-topic-debug', format: 'esm', entryFileNames: '[name].mjs' },
  logLevel: 'silent',
});
const { ruleReadings, scoreTopicWords, chooseTopic, stemCounts, LinearModel, MODEL } = await import(pathToFileURL('/tmp/attune-topic-debug/t.mjs').href);
const model = new LinearModel(MODEL.topicWords);
for (const thread of process.argv.slice(2)) {
  const readings = ruleReadings(thread);
  const counts = stemCounts(readings.map((r) => r.sentence).join('\n'));
  for (const r of readings) {
    const choice = scoreTopicWords(model, r.sentence, r.ruleTopic, counts);
    const words = choice.tokens.map((t, i) => (choice.probs[i] ? `${t.word}:${choice.probs[i].toFixed(2)}` : t.word)).join(' ');
    console.log(
      `${r.sentence}\n  rules: ${JSON.stringify(r.ruleTopic)}  shown: ${JSON.stringify(chooseTopic(r.sentence, r.ruleTopic, choice, MODEL.thresholds.topicMargin))}\n  ${words}`,
    );
  }
}
