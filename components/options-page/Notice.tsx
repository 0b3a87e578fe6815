/** A message on the options page: said politely when it informs, as an alert when something failed. */
export interface NoticeMessage {
  kind: 'info' | 'error';
  text: string;
}

export function Notice({ notice, testId }: { notice: NoticeMessage | null; testId: string }) {
  if (!notice) return null;
  return (
    <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {notice.text}
    </p>
  );
}
