/** The parts of a runtime.MessageSender Sidenote checks (kept structural so tests need no browser). */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** A content script of this extension, in the top frame of a tab. */
export function isOwnContentScript(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && typeof sender.tab?.id === 'number' && sender.frameId === 0;
}
