// The text of `attune --help`.
import { version } from '../../package.json';

export const HELP = `attune ${version} — a motivational-interviewing writing coach for client messages

Usage:
  attune check [options] [files...]     lint drafts (stdin when no file is given)
  attune analyze --jsonl [file]         one JSON object a line in, one report a line out

check options:
  --format text|json    output format (default: text)
  -q, --quiet           report errors only (by default, pressure); warnings are counted, not shown
  --max-warnings N      exit 1 only when more than N findings are errors (default: 0)
  --thread FILE         the client's previous message, to check its concerns are acknowledged

check and analyze options:
  --config FILE         use this config file (check otherwise uses the nearest .attunerc.json)
  --strictness gentle|standard|strict   how much counts as pressure (default: standard)
  --register warm|formal                the voice of the rewrites (default: warm)

analyze options:
  --jsonl               required; input lines are { "id", "text", "thread"? }

  -h, --help            show this help
  -v, --version         show the version

Output of check:  file:line:col  severity  “flagged words” — why  rule-id
                  ↳ the best rewrite: replace L:C–L:C with “…”, insert after L:C: “…”, or delete L:C–L:C
Lines and columns are 1-based; columns count Unicode code points (an emoji is one column).
JSON output and analyze reports give offsets as UTF-16 code units (JavaScript string indices).

Config: .attunerc.json, looked for from each file's folder up to the root (the nearest wins):
  { "strictness": "gentle", "register": "formal", "rules": { "mi/closed-question": "off" },
    "customPhrases": [{ "phrase": "touch base", "alternative": "talk" }], "allowList": ["per our policy"] }
In a template, <!-- attune-disable [rule-id…] --> … <!-- attune-enable [rule-id…] --> switches rules off.

Exit codes: 0 no errors (or at most N), 1 findings at error severity, 2 bad usage or unusable
input (unreadable, binary, broken config). Empty input is a warning, not an error.
Everything runs on this machine; nothing is sent anywhere.
`;
