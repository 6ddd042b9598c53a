// A tiny command line with only the `invoice` command, for the CLI tests and the benchmark:
//   node --import tsx test/unit/compensation/cli-entry.ts invoice --scenario FILE --month YYYY-MM [--json]
import { Command } from 'commander';
import { registerInvoiceCommand } from '../../../src/cli/invoice.ts';

const program = new Command().name('polku');
registerInvoiceCommand(program);
await program.parseAsync(process.argv);
