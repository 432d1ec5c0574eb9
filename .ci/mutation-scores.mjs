// Fails when any safety-critical file's mutation score is under the bar. Stryker's own `thresholds.break`
// judges all files together, so one weak file could hide behind strong ones.
// Usage: node .ci/mutation-scores.mjs reports/mutation-safety/mutation.json 90
import { readFileSync } from 'node:fs';

const [report = 'reports/mutation-safety/mutation.json', bar = '90'] = process.argv.slice(2);
const { files } = JSON.parse(readFileSync(report, 'utf8'));
let failed = false;
for (const [file, { mutants }] of Object.entries(files)) {
  const counted = mutants.filter(m => ['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status));
  const detected = counted.filter(m => m.status === 'Killed' || m.status === 'Timeout').length;
  const score = counted.length ? (100 * detected) / counted.length : 100;
  const ok = score >= Number(bar);
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'LOW '} ${score.toFixed(2).padStart(6)}%  ${file}`);
}
if (failed) {
  console.error(`A safety-critical file scores under ${bar}%: see the report's survivors, then kill them with a test or give a reason in stryker.config.mjs.`);
  process.exit(1);
}
