/**
 * Copy buttons of "Cite this event" (src/components/CiteEvent.astro), and the reader's access date in the
 * Japanese form (without JavaScript the slot reads 〇〇〇〇年〇月〇日 for the reader to fill in). Without JavaScript the buttons stay
 * hidden and the citations are plain selectable text; with it, a button copies its block through the
 * Clipboard API, or, where that is refused, selects the block so the reader can copy it by hand.
 */
function selectContents(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The reader's today as the Japanese citation writes an access date: 2026年12月1日. */
function todayJa(): string {
  const now = new Date();
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-cite-event]')) {
  for (const slot of box.querySelectorAll<HTMLElement>('[data-accessed-date]')) slot.textContent = todayJa();
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    if (!target || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
        await navigator.clipboard.writeText(target.textContent ?? '');
        status.textContent = box.dataset.copied ?? '';
        status.dataset.state = 'copied';
      } catch {
        target.focus();
        selectContents(target);
        status.textContent = box.dataset.copyFailed ?? '';
        status.dataset.state = 'failed';
      }
    });
  }
}
