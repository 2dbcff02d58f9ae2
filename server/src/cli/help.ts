import { DEFAULT_PARSE_LIMITS } from '../pack';
import { PROJECT_URL } from './about';
import { DEFAULT_CONFIG_FILE } from './config';

/** The exit status line is the contract every command keeps (test/cli/exitCodes.test.ts). */
export const HELP = `Usage: roadmap-pack check [paths…] [options]
       roadmap-pack render <pack> --view gantt|gates|deps|capacity|board|metrics|goals|forecast [--team ID] [--markdown]
       roadmap-pack quality <pack> [--format markdown|json] [--today YYYY-MM-DD]
       roadmap-pack scenarios <pack> [--format text|markdown|json] [--today YYYY-MM-DD] [--if-hired]
       roadmap-pack diff OLD NEW | --base REF [paths…] [--format text|markdown|json] [--fail-on new-errors]
       roadmap-pack forecast <pack> [--runs N] [--seed S] [--format text|json] [--scenario ID] [--today YYYY-MM-DD]
       roadmap-pack level <pack> [--format text|json] [-o OUT] [--today YYYY-MM-DD]
       roadmap-pack report <pack> [-o FILE] [--format html|markdown] [--today YYYY-MM-DD]
       roadmap-pack --help | --version

Checks roadmap packs and their Markdown briefs, with the diagnostics the editor
shows. Folders are searched recursively for *.roadmap.yaml and *.roadmap.yml
packs and for Markdown files (*.md, *.markdown) that are briefs (front matter
with \`initiative:\`, or in a briefs/ folder) or hold \`\`\`roadmap blocks,
skipping dependency and build folders (node_modules, out, dist…), dot-folders,
what .gitignore files ignore and the config's \`ignore\` globs, as the editor
does. A folder named on the command line is searched even if ignored; a file named there
is checked whatever its name: as Markdown when it ends in .md or .markdown,
else as a pack. No paths: the current folder.

\`roadmap-pack diff --help\` describes the plan diff (what a change to a pack does),
\`roadmap-pack forecast --help\` the forecast (dates from effort uncertainty),
\`roadmap-pack level --help\` the levelling (moves that make the schedule fit).

Options:
  --format text|json|sarif   output format (default: text)
  --rule CODE=SEVERITY       set a rule's severity: off, hint, information, warning
                             or error. CODE is a code (RP502) or a rule name
                             (quarter-over-threshold). Repeat for more rules.
  --if-hired                 count hires marked \`confirmed: false\` in capacity
  --max-file-size BYTES      largest file checked (default: ${DEFAULT_PARSE_LIMITS.maxFileSize})
  --config FILE              read settings from FILE instead of ./${DEFAULT_CONFIG_FILE}
  --today YYYY-MM-DD         flag planned and in-progress work that ended before this date
                             (RP404; default: today's local date)
  --scenario ID              check each pack as its scenario ID has it (\`scenarios:\`
                             in the pack; every pack checked must define it)
  -q, --quiet                report errors only
  -h, --help                 show this help
  -v, --version              show the version

Configuration:
  ${DEFAULT_CONFIG_FILE} in the current folder is read when present (or the
  file given with --config), for example:
    { "severities": { "RP502": "off" }, "maxFileSize": 1048576, "ifHired": true,
      "ignore": ["test/fixtures/**"], "briefSections": ["Scope", "Milestones"] }
  \`ignore\` globs are relative to the file's folder (* and ? within a name, **
  across folders; a folder's pattern covers what is inside it) and apply to
  folder searches, not to files named on the command line. Flags win over the file.

Exit status: 0 no errors, 1 errors found or a file could not be read (missing or
unreadable), 2 bad usage.

Rules: ${PROJECT_URL}/tree/main/docs/rules
`;
