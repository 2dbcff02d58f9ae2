import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Activation, EXAMPLE_PACK, codeOf, fileUri, prepareWorkspace, report, waitForDiagnostics } from './helpers';

/** The repository's fixtures, listed when the suite is defined (they are copied into the workspace as fixtures/). */
const repoFixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');

/**
 * `RPxxx-what.roadmap.yaml` / `RPxxx-what.md` fixtures that need no options: each must get its code.
 * RP701 (broken front matter) is left out: the server checks a Markdown file only once its front
 * matter names an `initiative`, so in the editor those fixtures are plain Markdown.
 */
function ruleFixtures(folder: string, extension: string): { file: string; code: string }[] {
  return readdirSync(join(repoFixtures, folder))
    .filter((file) => /^RP\d{3}-/.test(file) && file.endsWith(extension) && !file.startsWith('RP701'))
    .filter((file) => !/^#\s*options:/m.test(readFileSync(join(repoFixtures, folder, file), 'utf8')))
    .map((file) => ({ file: `fixtures/${folder}/${file}`, code: file.slice(0, 5) }));
}

describe('activation and diagnostics', () => {
  let activation: Activation;

  before(async () => {
    activation = await prepareWorkspace();
  });

  it('activates on the first pack opened and publishes its diagnostics', () => {
    const ms = (value: number) => `${Math.round(value)} ms`;
    report(`activation: extension active ${ms(activation.activatedMs)} after opening the first pack, first diagnostics after ${ms(activation.firstDiagnosticsMs)}${activation.alreadyActive ? ' (the extension was already active: not a cold start)' : ' (cold start)'}`);
    assert.ok(vscode.extensions.getExtension('roadmap-packs.roadmap-packs')?.isActive);
    assert.ok(activation.firstDiagnosticsMs < 30_000);
  });

  it('diagnoses the worked example as the README says: no errors, capacity and schedule warnings', async () => {
    const uri = fileUri(EXAMPLE_PACK);
    const diagnostics = await waitForDiagnostics(uri, (found) => ['RP502', 'RP503', 'RP401', 'RP206'].every((code) => found.some((d) => codeOf(d) === code)), 'RP502, RP503, RP401 and RP206');
    assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
    const capacity = diagnostics.find((d) => codeOf(d) === 'RP502')!;
    assert.equal(capacity.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(capacity.message, /Infra Squad/);
    assert.equal(diagnostics.filter((d) => codeOf(d) === 'RP401').length, 2);
    assert.equal(capacity.source, 'roadmap');
    const code = capacity.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'roadmap-rule:/RP502.md', 'the code opens the shipped rule page');
  });

  it('reports a dependency cycle on each of its edges, naming the chain', async () => {
    const uri = fileUri('fixtures/rules/RP301-dependency-cycle.roadmap.yaml');
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'RP301').length === 4, 'four RP301 diagnostics');
    const cycle = diagnostics.filter((d) => codeOf(d) === 'RP301');
    assert.ok(cycle.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(cycle.some((d) => d.message.includes('a → b → c → a')), cycle.map((d) => d.message).join('\n'));
    assert.ok(cycle.some((d) => /selfish depends on itself/.test(d.message)));
    assert.ok(cycle.every((d) => (d.relatedInformation?.length ?? 0) > 0 || /itself/.test(d.message)), 'each cycle edge points at the rest of the chain');
  });

  describe('each rule fixture gets its code', () => {
    for (const { file, code } of [...ruleFixtures('rules', '.roadmap.yaml'), ...ruleFixtures('briefs', '.md')]) {
      it(`${file}: ${code}`, async () => {
        const uri = fileUri(file);
        await vscode.workspace.openTextDocument(uri);
        await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === code), code);
      });
    }
  });
});
