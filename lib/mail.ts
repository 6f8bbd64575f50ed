import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/** Whether outgoing mail is configured (SMTP_URL); without it, features fall back to a link to copy. */
export function mailEnabled(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * Sends one plain-text message through SMTP_URL. Returns false (and sends
 * nothing) when mail is not configured; throws when the server refuses it.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  if (!env.SMTP_URL) return false;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  return true;
}

/** The origin links in mail point at: APP_URL when set, else the origin the request came to. */
export function publicOrigin(req: Request): string {
  return env.APP_URL ? new URL(env.APP_URL).origin : new URL(req.url).origin;
}
