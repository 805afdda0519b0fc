/** `npm run validate`: check all content; print each problem as file:line: field: message; exit 1 on any. */
import { checkContent } from '../src/lib/content/check';

const result = checkContent(process.argv[2] ?? 'content');
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exit(result.exitCode);
