import { DEFAULT_PARSE_LIMITS } from '../pack';
import { PROJECT_URL } from './about';
import { DEFAULT_CONFIG_FILE } from './config';

export const HELP = `Usage: roadmap-pack check [paths…] [options]
       roadmap-pack render <pack> --view gantt|gates|deps|capacity|board [--markdown]
       roadmap-pack quality <pack> [--format markdown|json]
       roadmap-pack --help | --version

Checks roadmap packs. Folders are searched recursively for *.roadmap.yaml and
*.roadmap.yml, skipping node_modules, .git, out, dist and dot-folders; files named
on the command line are checked whatever their name. No paths: the current folder.

Options:
  --format text|json|sarif   output format (default: text)
  --rule CODE=SEVERITY       set a rule's severity: off, hint, information, warning
                             or error. CODE is a code (RP502) or a rule name
                             (quarter-over-threshold). Repeat for more rules.
  --if-hired                 count hires marked \`confirmed: false\` in capacity
  --max-file-size BYTES      largest file checked (default: ${DEFAULT_PARSE_LIMITS.maxFileSize})
  --config FILE              read settings from FILE instead of ./${DEFAULT_CONFIG_FILE}
  -q, --quiet                report errors only
  -h, --help                 show this help
  -v, --version              show the version

Configuration:
  ${DEFAULT_CONFIG_FILE} in the current folder is read when present (or the
  file given with --config), for example:
    { "severities": { "RP502": "off" }, "maxFileSize": 1048576, "ifHired": true }
  Flags win over the file.

Exit status: 0 no errors, 1 errors found or a file could not be read, 2 bad usage.

Rules: ${PROJECT_URL}/tree/main/docs/rules
`;
