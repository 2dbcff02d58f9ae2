import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { smallPack } from '../helpers/packs';
import { runCli, tempFolder } from '../helpers/runCli';

/** `Exit status: 0 …, 1 …, 2 ….` from a help text, as status → meaning. */
function exitContract(help: string): Map<number, string> {
  const paragraph = /^Exit status: ([\s\S]*?)\.\n/m.exec(help);
  assert.ok(paragraph, help);
  const clauses = paragraph[1].replace(/\s+/g, ' ').split(/, (?=\d )/);
  return new Map(clauses.map((clause) => [Number(clause[0]), clause.slice(2)]));
}

/** Each command's help says what its statuses mean; here each is held to it on the same inputs. */
describe('roadmap-pack exit status, as every --help states it', () => {
  let folder: string;
  before(() => {
    folder = tempFolder({ 'ok.roadmap.yaml': smallPack('Exit codes') });
    mkdirSync(join(folder, 'a-folder.roadmap.yaml'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const commands: Record<string, { help: string[]; ok: string[]; missing: string[]; folder: string[]; badFlag: string[] }> = {
    check: { help: ['--help'], ok: ['check', 'ok.roadmap.yaml'], missing: ['check', 'ok.roadmap.yaml', 'gone.roadmap.yaml'], folder: ['check', 'ok.roadmap.yaml', '/dev/null'], badFlag: ['check', '--bogus'] },
    render: { help: ['render', '--help'], ok: ['render', 'ok.roadmap.yaml', '--view', 'gantt'], missing: ['render', 'gone.roadmap.yaml', '--view', 'gantt'], folder: ['render', 'a-folder.roadmap.yaml', '--view', 'gantt'], badFlag: ['render', 'ok.roadmap.yaml', '--bogus'] },
    diff: { help: ['diff', '--help'], ok: ['diff', 'ok.roadmap.yaml', 'ok.roadmap.yaml'], missing: ['diff', 'ok.roadmap.yaml', 'gone.roadmap.yaml'], folder: ['diff', 'ok.roadmap.yaml', 'a-folder.roadmap.yaml'], badFlag: ['diff', 'ok.roadmap.yaml', 'ok.roadmap.yaml', '--bogus'] },
    forecast: { help: ['forecast', '--help'], ok: ['forecast', 'ok.roadmap.yaml'], missing: ['forecast', 'gone.roadmap.yaml'], folder: ['forecast', 'a-folder.roadmap.yaml'], badFlag: ['forecast', 'ok.roadmap.yaml', '--bogus'] },
    scenarios: { help: ['scenarios', '--help'], ok: ['scenarios', 'ok.roadmap.yaml'], missing: ['scenarios', 'gone.roadmap.yaml'], folder: ['scenarios', 'a-folder.roadmap.yaml'], badFlag: ['scenarios', 'ok.roadmap.yaml', '--bogus'] },
    quality: { help: ['quality', '--help'], ok: ['quality', 'ok.roadmap.yaml'], missing: ['quality', 'gone.roadmap.yaml'], folder: ['quality', 'a-folder.roadmap.yaml'], badFlag: ['quality', 'ok.roadmap.yaml', '--bogus'] },
    level: { help: ['level', '--help'], ok: ['level', 'ok.roadmap.yaml'], missing: ['level', 'gone.roadmap.yaml'], folder: ['level', 'a-folder.roadmap.yaml'], badFlag: ['level', 'ok.roadmap.yaml', '--bogus'] },
  };

  for (const [name, args] of Object.entries(commands)) {
    describe(name, () => {
      let contract: Map<number, string>;
      before(() => {
        const help = runCli(args.help, folder);
        assert.equal(help.status, 0, help.stderr);
        contract = exitContract(help.stdout);
      });
      const status = (argv: string[]) => runCli(argv, folder).status!;

      it('help states 0, 1 for a file that is missing or unreadable, and 2 for bad usage', () => {
        assert.deepEqual([...contract.keys()], [0, 1, 2]);
        assert.match(contract.get(1)!, /could not be read \(missing or unreadable\)/);
        assert.equal(contract.get(2), 'bad usage');
      });

      it('exits with the status help gives for success, a missing file, a file it cannot read and bad usage', () => {
        assert.equal(status(args.ok), 0);
        assert.equal(status(args.missing), 1);
        assert.equal(status(args.folder), 1);
        assert.equal(status(args.badFlag), 2);
      });
    });
  }
});
