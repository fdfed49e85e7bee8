/** A publication as far as withdrawal goes: oldest first, as the report's versions are numbered. */
export type WithdrawablePublication = { withdrawnAt: Date | null; withdrawReason: string | null };

export type WithdrawalNotice = { at: Date; reason: string };

/**
 * The withdrawal that hides the text of the publication at `index`, or null when its text is
 * public. A withdrawal takes back the withdrawn version and every earlier one: the reason for
 * withdrawing (a secret, a person's data) is usually in the earlier texts too. A publication
 * made after the withdrawal (a correction of the withdrawn report) is public again.
 */
export function withdrawalCovering(publications: WithdrawablePublication[], index: number): WithdrawalNotice | null {
  for (let i = index; i < publications.length; i++) {
    const { withdrawnAt, withdrawReason } = publications[i];
    if (withdrawnAt) return { at: withdrawnAt, reason: withdrawReason ?? "" };
  }
  return null;
}
