/** Page locators as citations and works write them; used by the work schema and the citation checks. */

/** Page numbers in a plain page locator ("127", "90-92", "188,215-218"); null when it is not plain pages. */
export function pageNumbers(pages: string): number[] | null {
  if (!/^\d+(\s*[-–]\s*\d+)?(\s*[,、]\s*\d+(\s*[-–]\s*\d+)?)*$/.test(pages)) return null;
  return pages.split(/[,、]/).flatMap((part) => part.split(/[-–]/).map((n) => Number(n.trim())));
}
