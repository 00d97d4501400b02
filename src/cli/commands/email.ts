import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { isMailbox } from '../../email/mailbox.ts';
import { createMailer } from '../../email/mailer.ts';
import { renderEmail } from '../../email/render-email.ts';
import { GavelError } from '../../errors.ts';

/**
 * `gavel email test ADDRESS`: sends one email now, with the settings Gavel
 * will use, so whoever sets up GAVEL_SMTP_URL sees at once whether the mail
 * server takes it, and the server's own words when it does not.
 */
export function registerEmail(program: Command): void {
  const email = program.command('email').description('email settings');
  email
    .command('test')
    .description('send a test email now with the mail settings (GAVEL_SMTP_URL …), or write it to the outbox')
    .argument('<address>', 'who to send it to')
    .action(async (address: string) => {
      if (!isMailbox(address)) throw new GavelError(`"${address}" is not an email address`);
      const config = readConfig();
      const database = await openDatabase(config.database);
      const mailer = createMailer(config.mail);
      try {
        await migrateToLatest(database.db);
        const rendered = await renderEmail(database.db, {
          subject: 'Test email from Gavel',
          template: 'test-email',
          context: { sentBy: 'the gavel email test command', destination: mailer.destination },
        });
        const sent = await mailer.send({ to: [address], ...rendered }).catch((error: Error) => {
          throw new GavelError(`the test email could not be sent through ${mailer.destination}: ${error.message}`, 'invalid-config');
        });
        console.log(sent.file ? `No mail server is set (GAVEL_SMTP_URL), so the email was written to ${sent.file}` : `Sent a test email to ${address} through ${mailer.destination}.`);
      } finally {
        mailer.close();
        await database.close();
      }
    });
}
