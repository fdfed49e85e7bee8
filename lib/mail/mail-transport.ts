import "server-only";
import nodemailer from "nodemailer";

export type MailTransport = { send(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<void>; close(): void };

/**
 * A pooled SMTP connection. The timeouts bound how long a dead or stalled server can hold the
 * worker; they never touch a user's request, which only writes the outbox row.
 */
export function createMailTransport(smtpUrl: string, { timeoutMs = 20_000 } = {}): MailTransport {
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === "smtps:" ? 465 : 25)),
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // Government mail servers on the internal network often have no certificate a client trusts;
    // ?tls=off (or ignoreTLS) turns STARTTLS off for such a server.
    ignoreTLS: url.searchParams.get("tls") === "off",
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close() {
      transporter.close();
    },
  };
}
