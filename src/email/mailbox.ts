import addressparser from 'nodemailer/lib/addressparser';

/**
 * True for one mailbox as a mail header carries it: "name@council.gov.uk"
 * or "Democratic Services <name@council.gov.uk>", read by nodemailer's
 * own address parser so what passes here is what it will send to.
 */
export function isMailbox(value: string): boolean {
  const parsed = addressparser(value);
  if (parsed.length !== 1) return false;
  const [mailbox] = parsed;
  return mailbox?.group === undefined && /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(mailbox?.address ?? '');
}
