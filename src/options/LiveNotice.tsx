import type { Notice } from './use-sources';

/**
 * A section's messages. Both live regions are always in the page (screen readers skip regions
 * added together with their text); only the one matching the notice's tone has text.
 */
export function LiveNotice({ notice, testId }: { notice: Notice | null; testId?: string }) {
  return (
    <div class="notices" data-testid={testId}>
      <p role="status">{notice?.tone === 'status' ? notice.text : ''}</p>
      <p role="alert" class={notice?.tone === 'alert' ? 'problem' : undefined}>
        {notice?.tone === 'alert' ? notice.text : ''}
      </p>
    </div>
  );
}
